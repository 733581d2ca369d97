package io.surge.coupon.domain;

import java.time.Instant;

/**
 * A coupon about to be issued to a user; storing it assigns its id.
 */
public record NewUserCoupon(long couponId, long userId, Instant issuedAt, Instant expiresAt) {

    public NewUserCoupon {
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a coupon expires after it was issued");
        }
    }

    public UserCoupon withId(long userCouponId) {
        return new UserCoupon(userCouponId, couponId, userId, issuedAt, expiresAt, null, null);
    }
}
