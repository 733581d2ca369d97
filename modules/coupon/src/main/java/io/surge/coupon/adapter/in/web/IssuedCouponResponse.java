package io.surge.coupon.adapter.in.web;

import java.time.Instant;

import io.surge.coupon.domain.UserCoupon;
import io.surge.coupon.domain.UserCouponStatus;

record IssuedCouponResponse(long userCouponId, long couponId, long userId, String status, Instant issuedAt,
        Instant expiresAt) {

    static IssuedCouponResponse of(UserCoupon coupon) {
        return new IssuedCouponResponse(coupon.userCouponId(), coupon.couponId(), coupon.userId(),
                UserCouponStatus.AVAILABLE.name(), coupon.issuedAt(), coupon.expiresAt());
    }
}
