package io.surge.coupon.port.in;

import io.surge.coupon.domain.OwnedCoupon;
import io.surge.coupon.domain.UserCouponStatus;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;
import org.jspecify.annotations.Nullable;

public interface GetUserCouponsQuery {

    /**
     * @param status only coupons in this status (as of now), or {@code null} for all
     * @param page its keys are user coupon ids
     * @return a page of the user's coupons, newest first, all seen as of the same instant
     */
    Page<OwnedCoupon> coupons(long userId, @Nullable UserCouponStatus status, PageRequest page);

    /** @throws io.surge.shared.error.BusinessException {@code USER_COUPON_NOT_FOUND} unless the user holds it */
    OwnedCoupon coupon(long userId, long userCouponId);
}
