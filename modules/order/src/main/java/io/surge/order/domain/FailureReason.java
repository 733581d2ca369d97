package io.surge.order.domain;

/**
 * Why an order failed; each is also the problem {@code code} of a failed order's response.
 */
public enum FailureReason {
    PRODUCT_NOT_FOUND, INSUFFICIENT_STOCK, COUPON_NOT_USABLE, INSUFFICIENT_POINTS,
    /** A product's price changed between the quote the order was priced with and the reservation. */
    PRICE_CHANGED
}
