package io.surge.catalog.events;

/**
 * A quantity of one product: a line of an order to quote, or what a release gave back.
 */
public record StockLine(long productId, int quantity) {
}
