package io.surge.coupon.adapter.in.web;

import java.time.Instant;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponTerms;
import org.jspecify.annotations.Nullable;

/**
 * A coupon with its issued and remaining quantity as MySQL counts them. Absent optional terms are {@code null}.
 */
record CouponResponse(long couponId, String name, String discountType, long discountValue,
        @Nullable Long maxDiscountAmount, long minOrderAmount, long totalQuantity, long issuedQuantity,
        long remainingQuantity, @Nullable Instant issueStartsAt, @Nullable Instant issueEndsAt, int validDays,
        Instant createdAt) {

    static CouponResponse of(Coupon coupon) {
        CouponTerms terms = coupon.terms();
        return new CouponResponse(coupon.couponId(), terms.name(), terms.discount().type().name(),
                terms.discount().value(), terms.discount().maxAmount(), terms.minOrderAmount(), terms.totalQuantity(),
                coupon.issuedQuantity(), coupon.remainingQuantity(), terms.window().startsAt(),
                terms.window().endsAt(), terms.validDays(), coupon.createdAt());
    }
}
