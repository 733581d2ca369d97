package io.surge.order.domain;

/**
 * Something another module did for an order that must be undone (on failure or cancellation) before the order
 * can be called FAILED or CANCELLED. Declared in the order they are undone, which is the order every transaction
 * locks these rows in: coupon, wallet, stock last (ADR 0013).
 */
public enum Compensation {
    COUPON_RESTORE, POINTS_REFUND, STOCK_RELEASE;

    SagaStep step() {
        return switch (this) {
            case COUPON_RESTORE -> SagaStep.RESTORE_COUPON;
            case POINTS_REFUND -> SagaStep.REFUND_POINTS;
            case STOCK_RELEASE -> SagaStep.RELEASE_STOCK;
        };
    }
}
