package io.surge.coupon.application;

import java.time.Clock;
import java.time.Instant;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponRefusals;
import io.surge.coupon.domain.UserCoupon;
import io.surge.coupon.port.in.IssueCouponCommand;
import io.surge.coupon.port.in.IssueCouponUseCase;
import io.surge.coupon.port.out.CouponGate;
import io.surge.coupon.port.out.CouponIssueMetrics;
import io.surge.coupon.port.out.CouponRepository;
import io.surge.coupon.port.out.GateVerdict;
import io.surge.coupon.port.out.UserCouponRepository;
import io.surge.shared.error.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * First come, first served (ADR 0008). The Redis gate answers every request in one atomic step; sold-out,
 * duplicate and out-of-window requests end there, without MySQL. An admitted user's coupon is then committed in
 * one MySQL transaction whose unique key and conditional count remain the source of truth; the answer is given
 * only after that commit. If the commit fails, the slot goes back to the gate.
 *
 * <p>Deliberately not transactional itself: the gate must never wait inside a database transaction, and the
 * give-back must happen after the transaction rolled back.
 */
@Service
class IssueCouponService implements IssueCouponUseCase {

    private static final Logger log = LoggerFactory.getLogger(IssueCouponService.class);

    /** A gate lost again right after it was rebuilt (a Redis restart loop) is not worth more attempts. */
    private static final int ATTEMPTS = 3;

    private final CouponGate gate;
    private final CouponRepository coupons;
    private final UserCouponRepository userCoupons;
    private final CouponIssueTransaction transaction;
    private final CouponIssueMetrics metrics;
    private final Clock clock;

    IssueCouponService(CouponGate gate, CouponRepository coupons, UserCouponRepository userCoupons,
            CouponIssueTransaction transaction, CouponIssueMetrics metrics, Clock clock) {
        this.gate = gate;
        this.coupons = coupons;
        this.userCoupons = userCoupons;
        this.transaction = transaction;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Counted here, where the answer is final: the coupon is committed, or the request refused. */
    @Override
    public UserCoupon issue(IssueCouponCommand command) {
        try {
            UserCoupon issued = admitAndCommit(command);
            metrics.issued();
            return issued;
        } catch (BusinessException refused) {
            metrics.refused(refused.code());
            throw refused;
        }
    }

    private UserCoupon admitAndCommit(IssueCouponCommand command) {
        long couponId = command.couponId();
        long userId = command.userId();
        for (int attempt = 1;; attempt++) {
            Instant now = clock.instant();
            GateVerdict verdict = admit(couponId, userId, now);
            switch (verdict) {
                case ADMITTED -> {
                    return commit(couponId, userId, now);
                }
                case SOLD_OUT -> throw CouponRefusals.soldOut(couponId);
                case ALREADY_ISSUED -> throw CouponRefusals.alreadyIssued(couponId);
                case NOT_OPEN -> throw CouponRefusals.issueNotOpen(couponId);
                case NOT_READY -> {
                    if (attempt == ATTEMPTS) {
                        throw CouponRefusals.issuingUnavailable();
                    }
                    openGate(couponId, now);
                }
            }
        }
    }

    /**
     * When Redis did not answer, the script may still have admitted the user: the request is answered 503, and the
     * user's retry must not find a slot taken in their name ({@code COUPON_ALREADY_ISSUED} with nothing issued). The
     * admission would carry {@code now}, so giving back exactly that one is safe; if Redis is still away,
     * reconciliation frees it after the grace period.
     */
    private GateVerdict admit(long couponId, long userId, Instant now) {
        try {
            return gate.admit(couponId, userId, now);
        } catch (BusinessException unavailable) {
            if (CouponRefusals.SERVICE_UNAVAILABLE.equals(unavailable.code())) {
                giveBack(couponId, userId, now, unavailable);
            }
            throw unavailable;
        }
    }

    /** The gate was never built or Redis lost it: build it from MySQL (the only place a missing coupon is noticed). */
    private void openGate(long couponId, Instant now) {
        Coupon coupon = coupons.find(couponId).orElseThrow(() -> CouponRefusals.notFound(couponId));
        if (!gate.open(coupon, () -> userCoupons.issuedUsers(couponId), now)) {
            throw CouponRefusals.issuingUnavailable();
        }
    }

    private UserCoupon commit(long couponId, long userId, Instant admittedAt) {
        try {
            return transaction.issue(couponId, userId, admittedAt);
        } catch (BusinessException refused) {
            // MySQL says the user already holds it: the admission is right and stays. Anything else frees the slot.
            if (!CouponRefusals.COUPON_ALREADY_ISSUED.equals(refused.code())) {
                giveBack(couponId, userId, admittedAt, refused);
            }
            throw refused;
        } catch (RuntimeException | Error failure) {
            giveBack(couponId, userId, admittedAt, failure);
            throw failure;
        }
    }

    private void giveBack(long couponId, long userId, Instant admittedAt, Throwable cause) {
        try {
            gate.giveBack(couponId, userId, admittedAt);
        } catch (RuntimeException unavailable) {
            // reconciliation frees the slot once the admission is older than the grace period
            cause.addSuppressed(unavailable);
            log.debug("Could not give back the slot of user {} on coupon {}; reconciliation will", userId, couponId);
        }
    }
}
