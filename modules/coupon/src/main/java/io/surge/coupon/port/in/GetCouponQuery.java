package io.surge.coupon.port.in;

import io.surge.coupon.domain.Coupon;

public interface GetCouponQuery {

    /**
     * @return the coupon with its issued quantity as MySQL counts it
     * @throws io.surge.shared.error.BusinessException {@code COUPON_NOT_FOUND}
     */
    Coupon coupon(long couponId);
}
