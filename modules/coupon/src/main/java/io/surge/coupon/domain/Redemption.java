package io.surge.coupon.domain;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The coupon module's answer to an order's request to use a coupon, remembered so it never changes on redelivery.
 *
 * @param userId the user of the order, or {@code null} when the order was compensated before its redemption
 *        request arrived (the module then never learnt it)
 * @param discount what the coupon took off the order; 0 when rejected
 * @param reason why it was rejected; {@code null} unless {@link Outcome#REJECTED}
 */
public record Redemption(long orderId, long userCouponId, @Nullable Long userId, Outcome outcome, long discount,
        @Nullable RejectionReason reason, Instant answeredAt) {

    public enum Outcome {
        /** The coupon is used by the order. */
        REDEEMED,
        /** The coupon could not be used; nothing changed. */
        REJECTED,
        /** The coupon was used by the order, then given back when the order was compensated. */
        RESTORED
    }

    public Redemption {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if ((outcome == Outcome.REJECTED) != (reason != null) || discount < 0
                || outcome == Outcome.REJECTED && discount != 0) {
            throw new IllegalArgumentException("a rejection has a reason and no discount; a redemption has no reason");
        }
    }

    public static Redemption redeemed(long orderId, long userCouponId, long userId, long discount, Instant at) {
        return new Redemption(orderId, userCouponId, userId, Outcome.REDEEMED, discount, null, at);
    }

    public static Redemption rejected(long orderId, long userCouponId, @Nullable Long userId, RejectionReason reason,
            Instant at) {
        return new Redemption(orderId, userCouponId, userId, Outcome.REJECTED, 0, reason, at);
    }

    /** Whether the answer to the redemption request was "redeemed" (even if the coupon was given back since). */
    public boolean wasRedeemed() {
        return outcome != Outcome.REJECTED;
    }
}
