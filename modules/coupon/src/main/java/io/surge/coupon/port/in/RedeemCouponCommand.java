package io.surge.coupon.port.in;

/**
 * Use a user's coupon on an order of {@code orderAmount} won. Any {@code userCouponId} is accepted: one that does
 * not exist is a rejection ({@code NOT_FOUND}), not an error.
 */
public record RedeemCouponCommand(long orderId, long userId, long userCouponId, long orderAmount) {

    public RedeemCouponCommand {
        if (orderId < 1 || userId < 1 || orderAmount < 0) {
            throw new IllegalArgumentException("orderId and userId are positive, orderAmount is not negative");
        }
    }
}
