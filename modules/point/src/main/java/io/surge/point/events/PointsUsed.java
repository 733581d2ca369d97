package io.surge.point.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * The order's payment was taken from the wallet.
 */
public record PointsUsed(UUID eventId, long orderId, long userId, long amount, long balanceAfter, long entryId,
        Instant usedAt) implements SurgeEvent {
}
