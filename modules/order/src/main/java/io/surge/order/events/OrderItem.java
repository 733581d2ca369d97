package io.surge.order.events;

/**
 * One line of an order as the data platform sees it.
 */
public record OrderItem(long productId, int quantity, long unitPrice) {
}
