package io.surge.coupon.port.in;

import io.surge.coupon.domain.Coupon;

public interface CreateCouponUseCase {

    /**
     * @return the new coupon, none of it issued yet
     * @throws io.surge.shared.error.BusinessException {@code VALIDATION_FAILED} for an invalid definition
     */
    Coupon create(CreateCouponCommand command);
}
