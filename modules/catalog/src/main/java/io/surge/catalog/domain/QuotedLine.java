package io.surge.catalog.domain;

import java.util.Objects;

/**
 * A line of an order priced by the catalog: the product's name and unit price when it was quoted (what the order
 * charges), and the quantity.
 */
public record QuotedLine(long productId, String name, long unitPrice, int quantity) {

    public QuotedLine {
        Objects.requireNonNull(name, "name");
        if (productId < 1 || unitPrice < 0 || quantity < 1) {
            throw new IllegalArgumentException("productId positive, unitPrice not negative, quantity at least 1");
        }
    }
}
