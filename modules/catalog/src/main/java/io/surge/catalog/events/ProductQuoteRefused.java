package io.surge.catalog.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * The order cannot be served as it stands: {@code reason} is {@code PRODUCT_NOT_FOUND} or
 * {@code INSUFFICIENT_STOCK}, and {@code productId} names the first such line in ascending product id.
 */
public record ProductQuoteRefused(UUID eventId, long orderId, String reason, long productId, Instant refusedAt)
        implements SurgeEvent {
}
