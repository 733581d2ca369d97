package io.surge.coupon.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Request: make the coupon an order used AVAILABLE again. Answered by {@link CouponRestored}.
 */
public record RestoreCoupon(UUID eventId, long orderId, long userCouponId, Instant requestedAt)
        implements SurgeEvent {

    public static RestoreCoupon of(long orderId, long userCouponId) {
        return new RestoreCoupon(UUID.randomUUID(), orderId, userCouponId, Instant.now());
    }
}
