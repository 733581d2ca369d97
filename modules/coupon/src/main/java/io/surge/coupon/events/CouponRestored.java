package io.surge.coupon.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * The answer to {@link RestoreCoupon}: {@code restored} is false when the coupon was not used by that order, or
 * has expired meanwhile (an expired coupon stays spent).
 */
public record CouponRestored(UUID eventId, long orderId, long userCouponId, boolean restored, Instant restoredAt)
        implements SurgeEvent {
}
