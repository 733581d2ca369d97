package io.surge.order.domain;

import java.util.Objects;

/**
 * A product's name and unit price as the catalog reserved it for an order.
 */
public record ProductPrice(long productId, String name, long unitPrice) {

    public ProductPrice {
        Objects.requireNonNull(name, "name");
        if (unitPrice < 0) {
            throw new IllegalArgumentException("unitPrice is never negative");
        }
    }
}
