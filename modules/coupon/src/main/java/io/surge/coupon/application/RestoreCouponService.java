package io.surge.coupon.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.surge.coupon.domain.Redemption;
import io.surge.coupon.domain.RejectionReason;
import io.surge.coupon.port.in.RestoreCouponCommand;
import io.surge.coupon.port.in.RestoreCouponUseCase;
import io.surge.coupon.port.out.CouponEventPublisher;
import io.surge.coupon.port.out.RedemptionRepository;
import io.surge.coupon.port.out.UserCouponRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives back the coupon a failed or cancelled order used, once: the order's answer row is locked first, so
 * concurrent deliveries run one after the other and the second finds it RESTORED. A coupon that expired meanwhile
 * stays spent. A restoration that arrives before its redemption leaves a refusal behind, so the late redemption
 * cannot spend the coupon on an order that was already compensated.
 */
@Service
class RestoreCouponService implements RestoreCouponUseCase {

    private final UserCouponRepository userCoupons;
    private final RedemptionRepository redemptions;
    private final CouponEventPublisher events;
    private final Clock clock;

    RestoreCouponService(UserCouponRepository userCoupons, RedemptionRepository redemptions,
            CouponEventPublisher events, Clock clock) {
        this.userCoupons = userCoupons;
        this.redemptions = redemptions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void restore(RestoreCouponCommand command) {
        Instant now = clock.instant();
        Optional<Redemption> answered = redemptions.findAndLock(command.orderId());
        if (answered.isEmpty()) {
            redemptions.save(Redemption.rejected(command.orderId(), command.userCouponId(), null,
                    RejectionReason.NOT_AVAILABLE, now));
            events.restored(command.orderId(), command.userCouponId(), false, now);
            return;
        }
        Redemption redemption = answered.get();
        boolean restored = redemption.userCouponId() == command.userCouponId() && switch (redemption.outcome()) {
            case RESTORED -> true;
            case REJECTED -> false;
            case REDEEMED -> giveBack(redemption, now);
        };
        events.restored(command.orderId(), command.userCouponId(), restored, now);
    }

    private boolean giveBack(Redemption redemption, Instant now) {
        if (!userCoupons.restore(redemption.userCouponId(), redemption.orderId(), now)) {
            return false; // expired meanwhile: it stays spent
        }
        redemptions.markRestored(redemption.orderId(), now);
        return true;
    }
}
