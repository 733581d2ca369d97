package io.surge.coupon.port.in;

import java.util.List;

import io.surge.coupon.domain.OwnedCoupon;
import io.surge.coupon.domain.UserCouponStatus;
import org.jspecify.annotations.Nullable;

public interface GetUserCouponsQuery {

    /**
     * @param status only coupons in this status (as of now), or {@code null} for all
     * @param beforeUserCouponId the last coupon of the previous page, or {@code null} for the newest
     * @return at most {@code limit} of the user's coupons, newest first, all seen as of the same instant
     */
    List<OwnedCoupon> coupons(long userId, @Nullable UserCouponStatus status, @Nullable Long beforeUserCouponId,
            int limit);

    /** @throws io.surge.shared.error.BusinessException {@code USER_COUPON_NOT_FOUND} unless the user holds it */
    OwnedCoupon coupon(long userId, long userCouponId);
}
