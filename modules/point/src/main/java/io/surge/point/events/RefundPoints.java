package io.surge.point.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Request: give back what the order paid with points. Answered by {@link PointsRefunded}, once per order.
 */
public record RefundPoints(UUID eventId, long orderId, long userId, Instant requestedAt) implements SurgeEvent {

    public static RefundPoints of(long orderId, long userId) {
        return new RefundPoints(UUID.randomUUID(), orderId, userId, Instant.now());
    }
}
