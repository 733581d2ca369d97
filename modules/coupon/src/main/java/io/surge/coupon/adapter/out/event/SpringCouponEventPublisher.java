package io.surge.coupon.adapter.out.event;

import java.time.Instant;
import java.util.UUID;

import io.surge.coupon.domain.Redemption;
import io.surge.coupon.domain.UserCoupon;
import io.surge.coupon.events.CouponIssued;
import io.surge.coupon.events.CouponRedeemed;
import io.surge.coupon.events.CouponRedemptionRejected;
import io.surge.coupon.events.CouponRestored;
import io.surge.coupon.port.out.CouponEventPublisher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the coupon module's facts as Spring application events; the event publication registry stores them in
 * the caller's transaction and delivers them after commit.
 */
@Component
class SpringCouponEventPublisher implements CouponEventPublisher {

    private final ApplicationEventPublisher publisher;

    SpringCouponEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void issued(UserCoupon coupon) {
        publisher.publishEvent(new CouponIssued(UUID.randomUUID(), coupon.couponId(), coupon.userCouponId(),
                coupon.userId(), coupon.issuedAt()));
    }

    @Override
    public void answered(Redemption redemption) {
        if (redemption.wasRedeemed()) {
            publisher.publishEvent(new CouponRedeemed(UUID.randomUUID(), redemption.orderId(),
                    redemption.userCouponId(), redemption.discount(), redemption.answeredAt()));
        } else {
            publisher.publishEvent(new CouponRedemptionRejected(UUID.randomUUID(), redemption.orderId(),
                    redemption.userCouponId(), redemption.reason().name(), redemption.answeredAt()));
        }
    }

    @Override
    public void restored(long orderId, long userCouponId, boolean restored, Instant at) {
        publisher.publishEvent(new CouponRestored(UUID.randomUUID(), orderId, userCouponId, restored, at));
    }
}
