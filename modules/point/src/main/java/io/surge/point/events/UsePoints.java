package io.surge.point.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Request: pay {@code amount} for an order from the user's wallet. Answered by {@link PointsUsed} or
 * {@link PointUseRejected}, once per order however often it is delivered.
 */
public record UsePoints(UUID eventId, long orderId, long userId, long amount, Instant requestedAt)
        implements SurgeEvent {

    public static UsePoints of(long orderId, long userId, long amount) {
        return new UsePoints(UUID.randomUUID(), orderId, userId, amount, Instant.now());
    }
}
