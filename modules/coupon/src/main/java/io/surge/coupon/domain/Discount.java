package io.surge.coupon.domain;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a coupon takes off an order (API.md): {@code FIXED} takes {@code value} won; {@code PERCENT} takes
 * {@code floor(orderAmount × value / 100)}, capped by {@code maxAmount}. Never more than the order amount, so a fully
 * discounted (free) order is possible and a negative one is not.
 *
 * @param maxAmount the cap of a {@code PERCENT} discount, or {@code null} for none; a {@code FIXED} discount has none
 */
public record Discount(DiscountType type, long value, @Nullable Long maxAmount) {

    public Discount {
        Objects.requireNonNull(type, "type");
        if (value < 1 || type == DiscountType.PERCENT && value > 100) {
            throw new IllegalArgumentException("a discount is 1..100 percent or at least 1 won, not " + value);
        }
        if (maxAmount != null && (maxAmount < 1 || type == DiscountType.FIXED)) {
            throw new IllegalArgumentException("only a percentage discount has a cap, and it is at least 1 won");
        }
    }

    /** The discount on an order of {@code orderAmount} won: between 0 and the order amount. */
    public long amountFor(long orderAmount) {
        if (orderAmount < 0) {
            throw new IllegalArgumentException("an order amount is never negative");
        }
        long discount = switch (type) {
            case FIXED -> value;
            case PERCENT -> percentOf(orderAmount);
        };
        if (maxAmount != null) {
            discount = Math.min(discount, maxAmount);
        }
        return Math.min(discount, orderAmount);
    }

    /** floor(amount × value / 100) without overflow: with amount = 100q + r, it is q·value + floor(r·value / 100). */
    private long percentOf(long amount) {
        return amount / 100 * value + amount % 100 * value / 100;
    }
}
