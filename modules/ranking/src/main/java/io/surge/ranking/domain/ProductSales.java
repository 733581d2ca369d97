package io.surge.ranking.domain;

/**
 * A product's net units sold over some days: completed minus cancelled.
 */
public record ProductSales(long productId, long soldQuantity) {
}
