package io.surge.coupon.port.in;

import io.surge.coupon.domain.UserCoupon;

public interface IssueCouponUseCase {

    /**
     * Issues the coupon to the user if a copy is left; returns only once the coupon is committed.
     *
     * @return the user's new coupon
     * @throws io.surge.shared.error.BusinessException {@code COUPON_NOT_FOUND}, {@code COUPON_SOLD_OUT},
     *         {@code COUPON_ALREADY_ISSUED}, {@code COUPON_ISSUE_NOT_OPEN}, or {@code SERVICE_UNAVAILABLE} when the
     *         issue gate (Redis) cannot answer
     */
    UserCoupon issue(IssueCouponCommand command);
}
