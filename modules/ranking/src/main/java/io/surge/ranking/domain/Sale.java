package io.surge.ranking.domain;

/**
 * Units of one product that changed hands: positive when an order completed, negative when it was cancelled.
 */
public record Sale(long productId, long quantity) {

    public Sale {
        if (productId < 1) {
            throw new IllegalArgumentException("productId must be positive");
        }
    }

    Sale negated() {
        return new Sale(productId, -quantity);
    }
}
