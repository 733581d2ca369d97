package io.surge.coupon.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A coupon: its terms, and how many of its {@code totalQuantity} have been issued (as MySQL counts them: the
 * source of truth, whatever the issue gate in Redis believes).
 */
public record Coupon(long couponId, CouponTerms terms, long issuedQuantity, Instant createdAt) {

    public Coupon {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(createdAt, "createdAt");
        if (issuedQuantity < 0 || issuedQuantity > terms.totalQuantity()) {
            throw new IllegalArgumentException("issued quantity is 0.." + terms.totalQuantity());
        }
    }

    public long remainingQuantity() {
        return terms.totalQuantity() - issuedQuantity;
    }

    /** @throws io.surge.shared.error.BusinessException {@code COUPON_ISSUE_NOT_OPEN} outside the issue window */
    public void checkIssuableAt(Instant now) {
        if (!terms.window().isOpenAt(now)) {
            throw CouponRefusals.issueNotOpen(couponId);
        }
    }

    /** The coupon a user wins at {@code now}: usable until {@code validDays} after. */
    public NewUserCoupon issueTo(long userId, Instant now) {
        checkIssuableAt(now);
        return new NewUserCoupon(couponId, userId, now, terms.expiryFor(now));
    }
}
