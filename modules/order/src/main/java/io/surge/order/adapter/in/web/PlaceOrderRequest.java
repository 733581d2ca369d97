package io.surge.order.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a client may send: products and quantities, maybe a coupon. Never prices or totals.
 */
record PlaceOrderRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items, @Positive @Nullable Long userCouponId) {

    record Item(@NotNull @Positive Long productId, @NotNull @Min(1) @Max(1_000) Integer quantity) {
    }
}
