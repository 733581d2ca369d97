package io.surge.coupon.application;

import java.time.Clock;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.port.in.CreateCouponCommand;
import io.surge.coupon.port.in.CreateCouponUseCase;
import io.surge.coupon.port.out.CouponRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a new coupon. Its issue gate is not built here but on the first issue request, from MySQL: the same path
 * that rebuilds a gate Redis lost, so there is no separate "seeding" step that could be missed.
 */
@Service
class CreateCouponService implements CreateCouponUseCase {

    private final CouponRepository coupons;
    private final Clock clock;

    CreateCouponService(CouponRepository coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Coupon create(CreateCouponCommand command) {
        return coupons.add(command.terms(), clock.instant());
    }
}
