package io.surge.catalog.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Request: return exactly what an order reserved, once. Answered by {@link StockReleased}.
 */
public record ReleaseStock(UUID eventId, long orderId, Instant requestedAt) implements SurgeEvent {

    public static ReleaseStock of(long orderId) {
        return new ReleaseStock(UUID.randomUUID(), orderId, Instant.now());
    }
}
