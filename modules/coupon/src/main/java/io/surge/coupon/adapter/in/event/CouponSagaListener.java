package io.surge.coupon.adapter.in.event;

import io.surge.coupon.events.RedeemCoupon;
import io.surge.coupon.events.RestoreCoupon;
import io.surge.coupon.port.in.RedeemCouponCommand;
import io.surge.coupon.port.in.RedeemCouponUseCase;
import io.surge.coupon.port.in.RestoreCouponCommand;
import io.surge.coupon.port.in.RestoreCouponUseCase;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Serves the order saga's coupon requests, synchronously in the requester's transaction (ADR 0013); the use
 * cases would make a redelivery harmless too.
 */
@Component
class CouponSagaListener {

    private final RedeemCouponUseCase redeemCoupon;
    private final RestoreCouponUseCase restoreCoupon;

    CouponSagaListener(RedeemCouponUseCase redeemCoupon, RestoreCouponUseCase restoreCoupon) {
        this.redeemCoupon = redeemCoupon;
        this.restoreCoupon = restoreCoupon;
    }

    @EventListener(id = "coupon.redeem-coupon")
    void on(RedeemCoupon request) {
        redeemCoupon.redeem(new RedeemCouponCommand(request.orderId(), request.userId(), request.userCouponId(),
                request.orderAmount()));
    }

    @EventListener(id = "coupon.restore-coupon")
    void on(RestoreCoupon request) {
        restoreCoupon.restore(new RestoreCouponCommand(request.orderId(), request.userCouponId()));
    }
}
