package io.surge.coupon.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * The coupon cannot be used on the order; nothing changed. {@code reason}: {@code NOT_FOUND}, {@code NOT_OWNED},
 * {@code NOT_AVAILABLE}, {@code EXPIRED} or {@code BELOW_MINIMUM_ORDER_AMOUNT}.
 */
public record CouponRedemptionRejected(UUID eventId, long orderId, long userCouponId, String reason,
        Instant rejectedAt) implements SurgeEvent {
}
