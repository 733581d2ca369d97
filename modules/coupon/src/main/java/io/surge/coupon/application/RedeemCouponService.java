package io.surge.coupon.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.surge.coupon.domain.OwnedCoupon;
import io.surge.coupon.domain.Redemption;
import io.surge.coupon.domain.RejectionReason;
import io.surge.coupon.port.in.RedeemCouponCommand;
import io.surge.coupon.port.in.RedeemCouponUseCase;
import io.surge.coupon.port.out.CouponEventPublisher;
import io.surge.coupon.port.out.RedemptionRepository;
import io.surge.coupon.port.out.UserCouponRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uses a coupon on an order, once. A redelivered request finds the order's stored answer and repeats it. Two
 * orders racing for one coupon meet in the conditional {@code UPDATE}: one uses it, the other is refused
 * ({@code NOT_AVAILABLE}). Two deliveries of one request racing each other collide on the answer's key (the order)
 * and the loser's transaction rolls back whole, to find the winner's answer when it is retried.
 */
@Service
class RedeemCouponService implements RedeemCouponUseCase {

    private final UserCouponRepository userCoupons;
    private final RedemptionRepository redemptions;
    private final CouponEventPublisher events;
    private final Clock clock;

    RedeemCouponService(UserCouponRepository userCoupons, RedemptionRepository redemptions,
            CouponEventPublisher events, Clock clock) {
        this.userCoupons = userCoupons;
        this.redemptions = redemptions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeem(RedeemCouponCommand command) {
        Optional<Redemption> answered = redemptions.find(command.orderId());
        if (answered.isPresent()) {
            events.answered(answered.get());
            return;
        }
        Instant now = clock.instant();
        Redemption answer = userCoupons.findOwned(command.userCouponId(), now)
                .map(owned -> decide(owned, command, now))
                .orElseGet(() -> reject(command, RejectionReason.NOT_FOUND, now));
        redemptions.save(answer);
        events.answered(answer);
    }

    private Redemption decide(OwnedCoupon owned, RedeemCouponCommand command, Instant now) {
        Optional<RejectionReason> unusable = owned.whyNotUsableBy(command.userId(), command.orderAmount());
        if (unusable.isPresent()) {
            return reject(command, unusable.get(), now);
        }
        if (!userCoupons.use(command.userCouponId(), command.userId(), command.orderId(), now)) {
            // another order used it after we read it
            return reject(command, RejectionReason.NOT_AVAILABLE, now);
        }
        return Redemption.redeemed(command.orderId(), command.userCouponId(), command.userId(),
                owned.discountFor(command.orderAmount()), now);
    }

    private static Redemption reject(RedeemCouponCommand command, RejectionReason reason, Instant now) {
        return Redemption.rejected(command.orderId(), command.userCouponId(), command.userId(), reason, now);
    }
}
