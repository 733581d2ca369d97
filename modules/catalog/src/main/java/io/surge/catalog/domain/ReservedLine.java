package io.surge.catalog.domain;

import java.util.Objects;

/**
 * Stock an order holds of one product, with the product's name and unit price at the moment it was reserved:
 * what the order charges.
 */
public record ReservedLine(long productId, String name, long unitPrice, int quantity) {

    public ReservedLine {
        Objects.requireNonNull(name, "name");
        if (productId < 1 || unitPrice < 0 || quantity < 1) {
            throw new IllegalArgumentException("productId positive, unitPrice not negative, quantity at least 1");
        }
    }
}
