package io.surge.order.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;
import org.jspecify.annotations.Nullable;

/**
 * An order was accepted and its saga started.
 */
public record OrderPlaced(UUID eventId, long orderId, long userId, @Nullable Long userCouponId, Instant placedAt)
        implements SurgeEvent {
}
