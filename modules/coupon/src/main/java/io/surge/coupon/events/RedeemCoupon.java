package io.surge.coupon.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Request: use a user's coupon on an order of {@code orderAmount}. Answered by {@link CouponRedeemed} or
 * {@link CouponRedemptionRejected}, the same answer however often it is delivered.
 */
public record RedeemCoupon(UUID eventId, long orderId, long userId, long userCouponId, long orderAmount,
        Instant requestedAt) implements SurgeEvent {

    public static RedeemCoupon of(long orderId, long userId, long userCouponId, long orderAmount) {
        return new RedeemCoupon(UUID.randomUUID(), orderId, userId, userCouponId, orderAmount, Instant.now());
    }
}
