package io.surge.point.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * The order's payment was refused; nothing was taken. {@code reason} is {@code INSUFFICIENT_POINTS}, or
 * {@code ORDER_ALREADY_REFUNDED} when the order was compensated before its payment request arrived.
 */
public record PointUseRejected(UUID eventId, long orderId, long userId, long amount, String reason,
        Instant rejectedAt) implements SurgeEvent {
}
