package io.surge.coupon.domain;

/**
 * How a coupon's discount is computed: a fixed number of won, or a percentage of the order amount.
 */
public enum DiscountType {
    FIXED, PERCENT
}
