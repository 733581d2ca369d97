package io.surge.coupon.adapter.in.web;

import java.net.URI;

import io.surge.coupon.domain.UserCoupon;
import io.surge.coupon.domain.UserCouponStatus;
import io.surge.coupon.port.in.GetUserCouponsQuery;
import io.surge.coupon.port.in.IssueCouponCommand;
import io.surge.coupon.port.in.IssueCouponUseCase;
import io.surge.shared.paging.PageRequest;
import io.surge.shared.web.KeysetCursor;
import io.surge.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users/{userId}/coupons")
class UserCouponController {

    private final IssueCouponUseCase issueCoupon;
    private final GetUserCouponsQuery userCoupons;

    UserCouponController(IssueCouponUseCase issueCoupon, GetUserCouponsQuery userCoupons) {
        this.issueCoupon = issueCoupon;
        this.userCoupons = userCoupons;
    }

    /** 201 only once the coupon is committed; every refusal is a 409 (or 503 while the issue gate is unreachable). */
    @PostMapping
    ResponseEntity<IssuedCouponResponse> issue(@PathVariable @Positive long userId,
            @Valid @RequestBody IssueCouponRequest request) {
        UserCoupon coupon = issueCoupon.issue(new IssueCouponCommand(request.couponId(), userId));
        return ResponseEntity.created(URI.create("/api/v1/users/" + userId + "/coupons/" + coupon.userCouponId()))
                .body(IssuedCouponResponse.of(coupon));
    }

    @GetMapping
    PageResponse<UserCouponResponse> coupons(@PathVariable @Positive long userId,
            @RequestParam(required = false) @Nullable UserCouponStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageRequest page = new PageRequest(KeysetCursor.decode(cursor), size);
        return PageResponse.of(userCoupons.coupons(userId, status, page), UserCouponResponse::of);
    }

    /** Where the {@code Location} of an issued coupon points. */
    @GetMapping("/{userCouponId}")
    UserCouponResponse coupon(@PathVariable @Positive long userId, @PathVariable @Positive long userCouponId) {
        return UserCouponResponse.of(userCoupons.coupon(userId, userCouponId));
    }
}
