package io.surge.coupon.adapter.in.web;

import java.time.Instant;

import io.surge.coupon.domain.DiscountType;
import io.surge.coupon.port.in.CreateCouponCommand;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A coupon definition. Only presence is checked here; every rule on the values (ranges, PERCENT 1..100, the window
 * starting before it ends, ...) is the domain's and is reported by it, all at once.
 */
record CreateCouponRequest(@NotNull String name, @NotNull DiscountType discountType, @NotNull Long discountValue,
        @Nullable Long maxDiscountAmount, @Nullable Long minOrderAmount, @NotNull Long totalQuantity,
        @Nullable Instant issueStartsAt, @Nullable Instant issueEndsAt, @NotNull Integer validDays) {

    CreateCouponCommand toCommand() {
        return new CreateCouponCommand(name, discountType, discountValue, maxDiscountAmount, minOrderAmount,
                totalQuantity, issueStartsAt, issueEndsAt, validDays);
    }
}
