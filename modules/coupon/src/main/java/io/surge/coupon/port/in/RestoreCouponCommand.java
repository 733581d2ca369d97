package io.surge.coupon.port.in;

/**
 * Give back the coupon an order used, because the order failed or was cancelled.
 */
public record RestoreCouponCommand(long orderId, long userCouponId) {

    public RestoreCouponCommand {
        if (orderId < 1) {
            throw new IllegalArgumentException("orderId is positive");
        }
    }
}
