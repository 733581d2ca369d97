package io.surge.coupon.domain;

/**
 * Why a coupon cannot be used on an order ({@code CouponRedemptionRejected.reason}).
 */
public enum RejectionReason {
    /** No such user coupon. */
    NOT_FOUND,
    /** It belongs to another user. */
    NOT_OWNED,
    /** It is used already (by another order), or its order was compensated before the redemption arrived. */
    NOT_AVAILABLE,
    /** Its expiry has passed. */
    EXPIRED,
    /** The order amount is below the coupon's minimum. */
    BELOW_MINIMUM_ORDER_AMOUNT
}
