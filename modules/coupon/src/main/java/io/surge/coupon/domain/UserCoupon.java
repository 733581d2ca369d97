package io.surge.coupon.domain;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A coupon a user holds. It is usable until {@code expiresAt} (exclusive) unless used; a used coupon names the order
 * it was used for.
 */
public record UserCoupon(long userCouponId, long couponId, long userId, Instant issuedAt, Instant expiresAt,
        @Nullable Instant usedAt, @Nullable Long orderId) {

    public UserCoupon {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if ((usedAt == null) != (orderId == null)) {
            throw new IllegalArgumentException("a used coupon has both the time and the order it was used for");
        }
    }

    public boolean isUsed() {
        return orderId != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public UserCouponStatus statusAt(Instant now) {
        if (isUsed()) {
            return UserCouponStatus.USED;
        }
        return isExpiredAt(now) ? UserCouponStatus.EXPIRED : UserCouponStatus.AVAILABLE;
    }
}
