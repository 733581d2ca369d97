package io.surge.coupon.port.in;

import java.time.Instant;

import io.surge.coupon.domain.CouponTerms;
import io.surge.coupon.domain.DiscountType;
import org.jspecify.annotations.Nullable;

/**
 * Define a coupon, as an administrator sent it. The rules are the domain's: {@link #terms()} checks them all.
 */
public record CreateCouponCommand(@Nullable String name, @Nullable DiscountType discountType, long discountValue,
        @Nullable Long maxDiscountAmount, @Nullable Long minOrderAmount, long totalQuantity,
        @Nullable Instant issueStartsAt, @Nullable Instant issueEndsAt, int validDays) {

    /** @throws io.surge.shared.error.BusinessException {@code VALIDATION_FAILED} naming every invalid field */
    public CouponTerms terms() {
        return CouponTerms.define(name, discountType, discountValue, maxDiscountAmount, minOrderAmount, totalQuantity,
                issueStartsAt, issueEndsAt, validDays);
    }
}
