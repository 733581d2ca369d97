package io.surge.catalog.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Nothing of the order was reserved. {@code reason} is {@code INSUFFICIENT_STOCK} or {@code PRODUCT_NOT_FOUND};
 * {@code productId} names the first line that could not be served.
 */
public record StockReservationRejected(UUID eventId, long orderId, String reason, long productId,
        Instant rejectedAt) implements SurgeEvent {
}
