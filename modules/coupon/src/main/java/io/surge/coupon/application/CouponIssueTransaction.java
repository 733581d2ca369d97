package io.surge.coupon.application;

import java.time.Instant;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponRefusals;
import io.surge.coupon.domain.UserCoupon;
import io.surge.coupon.port.out.CouponEventPublisher;
import io.surge.coupon.port.out.CouponRepository;
import io.surge.coupon.port.out.UserCouponRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commits one admitted user's coupon: the row (unique per coupon and user), the issued count (a conditional
 * {@code UPDATE} that never passes the total) and {@code CouponIssued}, together or not at all. The row is inserted
 * before the count is taken, so the coupon's hot row is locked for the shortest time.
 */
@Component
class CouponIssueTransaction {

    private final CouponRepository coupons;
    private final UserCouponRepository userCoupons;
    private final CouponEventPublisher events;

    CouponIssueTransaction(CouponRepository coupons, UserCouponRepository userCoupons, CouponEventPublisher events) {
        this.coupons = coupons;
        this.userCoupons = userCoupons;
        this.events = events;
    }

    @Transactional
    public UserCoupon issue(long couponId, long userId, Instant now) {
        Coupon coupon = coupons.find(couponId).orElseThrow(() -> CouponRefusals.notFound(couponId));
        UserCoupon issued = userCoupons.addIfAbsent(coupon.issueTo(userId, now))
                .orElseThrow(() -> CouponRefusals.alreadyIssued(couponId));
        if (!coupons.countIssue(couponId)) {
            throw CouponRefusals.soldOut(couponId);
        }
        events.issued(issued);
        return issued;
    }
}
