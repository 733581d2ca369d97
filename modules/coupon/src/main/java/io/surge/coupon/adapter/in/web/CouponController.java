package io.surge.coupon.adapter.in.web;

import java.net.URI;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.port.in.CreateCouponUseCase;
import io.surge.coupon.port.in.GetCouponQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class CouponController {

    private final CreateCouponUseCase createCoupon;
    private final GetCouponQuery coupons;

    CouponController(CreateCouponUseCase createCoupon, GetCouponQuery coupons) {
        this.createCoupon = createCoupon;
        this.coupons = coupons;
    }

    @PostMapping("/admin/coupons")
    ResponseEntity<CouponResponse> create(@Valid @RequestBody CreateCouponRequest request) {
        Coupon coupon = createCoupon.create(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/coupons/" + coupon.couponId()))
                .body(CouponResponse.of(coupon));
    }

    @GetMapping("/coupons/{couponId}")
    CouponResponse coupon(@PathVariable @Positive long couponId) {
        return CouponResponse.of(coupons.coupon(couponId));
    }
}
