package io.surge.ranking.domain;

/**
 * A product's place in a ranking (1 is the best seller).
 */
public record RankedSales(int rank, long productId, long soldQuantity) {
}
