package io.surge.coupon.application;

import java.time.Clock;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponRefusals;
import io.surge.coupon.domain.OwnedCoupon;
import io.surge.coupon.domain.UserCouponStatus;
import io.surge.coupon.port.in.GetCouponQuery;
import io.surge.coupon.port.in.GetUserCouponsQuery;
import io.surge.coupon.port.out.CouponRepository;
import io.surge.coupon.port.out.UserCouponRepository;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Each read is one statement, consistent on its own, so it runs without a transaction: a read-only one would only
 * add round trips (ADR 0012).
 */
@Service
class CouponQueries implements GetCouponQuery, GetUserCouponsQuery {

    private final CouponRepository coupons;
    private final UserCouponRepository userCoupons;
    private final Clock clock;

    CouponQueries(CouponRepository coupons, UserCouponRepository userCoupons, Clock clock) {
        this.coupons = coupons;
        this.userCoupons = userCoupons;
        this.clock = clock;
    }

    @Override
    public Coupon coupon(long couponId) {
        return coupons.find(couponId).orElseThrow(() -> CouponRefusals.notFound(couponId));
    }

    @Override
    public Page<OwnedCoupon> coupons(long userId, @Nullable UserCouponStatus status, PageRequest page) {
        return userCoupons.findNewestFirst(userId, status, page, clock.instant());
    }

    @Override
    public OwnedCoupon coupon(long userId, long userCouponId) {
        return userCoupons.findOwned(userCouponId, clock.instant())
                .filter(owned -> owned.coupon().userId() == userId)
                .orElseThrow(() -> CouponRefusals.userCouponNotFound(userId, userCouponId));
    }
}
