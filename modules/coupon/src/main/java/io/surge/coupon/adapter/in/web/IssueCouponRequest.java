package io.surge.coupon.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

record IssueCouponRequest(@NotNull @Positive Long couponId) {
}
