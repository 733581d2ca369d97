package io.surge.catalog.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Nothing of the order was reserved. {@code reason} is {@code INSUFFICIENT_STOCK} or {@code PRODUCT_NOT_FOUND},
 * and {@code productId} names the first line (in ascending product id) that could not be served; or
 * {@code ORDER_RELEASED} when the order's stock was released before this request arrived (the order was
 * compensated already), and {@code productId} names its first line.
 */
public record StockReservationRejected(UUID eventId, long orderId, String reason, long productId,
        Instant rejectedAt) implements SurgeEvent {
}
