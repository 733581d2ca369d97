package io.surge.point.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * What the order paid went back to the wallet ({@code amount} is 0 when it had paid nothing).
 */
public record PointsRefunded(UUID eventId, long orderId, long userId, long amount, long balanceAfter, long entryId,
        Instant refundedAt) implements SurgeEvent {
}
