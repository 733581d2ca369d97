package io.surge.catalog.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A product as it is now. Stock is never negative; it can rise above {@link ProductRules#MAX_STOCK} only by
 * releases giving back what orders had reserved, which must always succeed.
 */
public record Product(long productId, String name, long price, long stock, Instant createdAt, Instant updatedAt) {

    public Product {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (productId < 1 || price < 0 || stock < 0) {
            throw new IllegalArgumentException("ids are positive, prices and stock never negative");
        }
    }
}
