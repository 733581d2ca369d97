package io.surge.ranking.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A product's name and price as the catalog last reported them, and the instant of that report.
 */
public record ProductDetails(long productId, String name, long price, Instant asOf) {

    public ProductDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
    }
}
