package io.surge.coupon.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * The coupon is USED for the order and takes {@code discount} off it (never more than the order amount).
 */
public record CouponRedeemed(UUID eventId, long orderId, long userCouponId, long discount, Instant redeemedAt)
        implements SurgeEvent {
}
