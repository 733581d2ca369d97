package io.surge.order.domain;

/**
 * Something another module did for an order that must be undone (on failure or cancellation) before the order
 * can be called FAILED or CANCELLED.
 */
public enum Compensation {
    STOCK_RELEASE, COUPON_RESTORE, POINTS_REFUND
}
