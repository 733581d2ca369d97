package io.surge.catalog.domain;

import java.util.Objects;

/**
 * A line of an order priced by the catalog: the product's name and unit price at the moment it was quoted or
 * reserved (what the order charges), and the quantity.
 */
public record ReservedLine(long productId, String name, long unitPrice, int quantity) {

    public ReservedLine {
        Objects.requireNonNull(name, "name");
        if (productId < 1 || unitPrice < 0 || quantity < 1) {
            throw new IllegalArgumentException("productId positive, unitPrice not negative, quantity at least 1");
        }
    }
}
