package io.surge.coupon.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user coupon together with the terms of its coupon, as seen at {@code asOf}: what the list of a user's coupons
 * shows, and what deciding a redemption needs.
 */
public record OwnedCoupon(UserCoupon coupon, CouponTerms terms, Instant asOf) {

    public OwnedCoupon {
        Objects.requireNonNull(coupon, "coupon");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(asOf, "asOf");
    }

    public UserCouponStatus status() {
        return coupon.statusAt(asOf);
    }

    /**
     * Decides whether the coupon can be used by {@code userId} on an order of {@code orderAmount} (API.md: owned,
     * AVAILABLE, not expired, order amount at least the minimum).
     *
     * @return why not, or empty when it can
     */
    public Optional<RejectionReason> whyNotUsableBy(long userId, long orderAmount) {
        if (coupon.userId() != userId) {
            return Optional.of(RejectionReason.NOT_OWNED);
        }
        if (coupon.isUsed()) {
            return Optional.of(RejectionReason.NOT_AVAILABLE);
        }
        if (coupon.isExpiredAt(asOf)) {
            return Optional.of(RejectionReason.EXPIRED);
        }
        if (!terms.acceptsOrderOf(orderAmount)) {
            return Optional.of(RejectionReason.BELOW_MINIMUM_ORDER_AMOUNT);
        }
        return Optional.empty();
    }

    public long discountFor(long orderAmount) {
        return terms.discount().amountFor(orderAmount);
    }
}
