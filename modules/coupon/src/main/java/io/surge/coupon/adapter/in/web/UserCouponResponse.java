package io.surge.coupon.adapter.in.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.surge.coupon.domain.CouponTerms;
import io.surge.coupon.domain.OwnedCoupon;
import io.surge.coupon.domain.UserCoupon;
import org.jspecify.annotations.Nullable;

/**
 * One of a user's coupons with its coupon's terms. {@code maxDiscountAmount} is {@code null} when the coupon has no
 * cap; {@code usedAt} and {@code orderId} appear only on a used coupon.
 */
record UserCouponResponse(long userCouponId, long couponId, String name, String discountType, long discountValue,
        @Nullable Long maxDiscountAmount, long minOrderAmount, String status, Instant issuedAt, Instant expiresAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Instant usedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long orderId) {

    static UserCouponResponse of(OwnedCoupon owned) {
        UserCoupon coupon = owned.coupon();
        CouponTerms terms = owned.terms();
        return new UserCouponResponse(coupon.userCouponId(), coupon.couponId(), terms.name(),
                terms.discount().type().name(), terms.discount().value(), terms.discount().maxAmount(),
                terms.minOrderAmount(), owned.status().name(), coupon.issuedAt(), coupon.expiresAt(), coupon.usedAt(),
                coupon.orderId());
    }
}
