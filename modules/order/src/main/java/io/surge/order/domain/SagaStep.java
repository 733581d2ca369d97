package io.surge.order.domain;

/**
 * What an order asks of the world after a transition: a request to another module, or an announcement.
 */
public enum SagaStep {
    QUOTE_PRODUCTS, REDEEM_COUPON, USE_POINTS, RESERVE_STOCK, RESTORE_COUPON, REFUND_POINTS, RELEASE_STOCK,
    ANNOUNCE_COMPLETED, ANNOUNCE_FAILED, ANNOUNCE_CANCELLED
}
