package io.surge.coupon.port.in;

public interface RedeemCouponUseCase {

    /** Uses the coupon on the order or refuses to, and reports which; the same answer however often it is asked. */
    void redeem(RedeemCouponCommand command);
}
