package io.surge.coupon.adapter.in.event;

import io.surge.coupon.events.RedeemCoupon;
import io.surge.coupon.events.RestoreCoupon;
import io.surge.coupon.port.in.RedeemCouponCommand;
import io.surge.coupon.port.in.RedeemCouponUseCase;
import io.surge.coupon.port.in.RestoreCouponCommand;
import io.surge.coupon.port.in.RestoreCouponUseCase;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Serves the order saga's coupon requests. Each runs in its own transaction after the requester committed; the use
 * cases make redelivery harmless.
 */
@Component
class CouponSagaListener {

    private final RedeemCouponUseCase redeemCoupon;
    private final RestoreCouponUseCase restoreCoupon;

    CouponSagaListener(RedeemCouponUseCase redeemCoupon, RestoreCouponUseCase restoreCoupon) {
        this.redeemCoupon = redeemCoupon;
        this.restoreCoupon = restoreCoupon;
    }

    @ApplicationModuleListener(id = "coupon.redeem-coupon")
    void on(RedeemCoupon request) {
        redeemCoupon.redeem(new RedeemCouponCommand(request.orderId(), request.userId(), request.userCouponId(),
                request.orderAmount()));
    }

    @ApplicationModuleListener(id = "coupon.restore-coupon")
    void on(RestoreCoupon request) {
        restoreCoupon.restore(new RestoreCouponCommand(request.orderId(), request.userCouponId()));
    }
}
