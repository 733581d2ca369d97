package io.surge.catalog.domain;

/**
 * A line of an order's reservation: a product, a quantity of at least 1 and the unit price the order was quoted
 * and pays, which the product must still have when its stock is taken.
 */
public record ReservedLine(long productId, int quantity, long unitPrice) {

    public ReservedLine {
        if (productId < 1 || quantity < 1 || unitPrice < 0) {
            throw new IllegalArgumentException("productId positive, quantity at least 1, unitPrice not negative");
        }
    }
}
