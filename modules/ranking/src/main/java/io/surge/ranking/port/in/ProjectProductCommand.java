package io.surge.ranking.port.in;

import java.time.Instant;
import java.util.Objects;

import io.surge.ranking.domain.ProductDetails;

/**
 * The catalog reported a product's name and price as of {@code asOf} (registered or changed).
 */
public record ProjectProductCommand(long productId, String name, long price, Instant asOf) {

    public ProjectProductCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        if (productId < 1) {
            throw new IllegalArgumentException("productId must be positive");
        }
    }

    public ProductDetails details() {
        return new ProductDetails(productId, name, price, asOf);
    }
}
