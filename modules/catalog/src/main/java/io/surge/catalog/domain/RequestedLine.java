package io.surge.catalog.domain;

/**
 * One line of an order asking for stock: a product and a quantity of at least 1. A zero or negative quantity is
 * refused here, so it can never turn a reservation into a stock increase.
 */
public record RequestedLine(long productId, int quantity) {

    public RequestedLine {
        if (productId < 1) {
            throw new IllegalArgumentException("productId must be positive, was " + productId);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
    }
}
