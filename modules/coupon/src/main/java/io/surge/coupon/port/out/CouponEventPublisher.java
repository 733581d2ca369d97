package io.surge.coupon.port.out;

import java.time.Instant;

import io.surge.coupon.domain.Redemption;
import io.surge.coupon.domain.UserCoupon;

/**
 * Reports what happened to coupons, in the transaction of the change (the outbox delivers it after commit).
 */
public interface CouponEventPublisher {

    void issued(UserCoupon coupon);

    /** Publishes the answer a redemption request got: redeemed (with its discount) or rejected (with its reason). */
    void answered(Redemption redemption);

    void restored(long orderId, long userCouponId, boolean restored, Instant at);
}
