package io.surge.coupon.application;

import java.time.Clock;
import java.util.List;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponRefusals;
import io.surge.coupon.domain.OwnedCoupon;
import io.surge.coupon.domain.UserCouponStatus;
import io.surge.coupon.port.in.GetCouponQuery;
import io.surge.coupon.port.in.GetUserCouponsQuery;
import io.surge.coupon.port.out.CouponRepository;
import io.surge.coupon.port.out.UserCouponRepository;
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
    public List<OwnedCoupon> coupons(long userId, @Nullable UserCouponStatus status, @Nullable Long beforeUserCouponId,
            int limit) {
        return userCoupons.findNewestFirst(userId, status, beforeUserCouponId, limit, Now.of(clock));
    }

    @Override
    public OwnedCoupon coupon(long userId, long userCouponId) {
        return userCoupons.findOwned(userCouponId, Now.of(clock))
                .filter(owned -> owned.coupon().userId() == userId)
                .orElseThrow(() -> CouponRefusals.userCouponNotFound(userId, userCouponId));
    }
}
