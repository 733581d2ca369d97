package io.surge.coupon.domain;

import io.surge.shared.error.BusinessException;
import io.surge.shared.error.BusinessException.Category;

/**
 * The coupon module's refusals, with the codes of API.md.
 */
public final class CouponRefusals {

    public static final String COUPON_NOT_FOUND = "COUPON_NOT_FOUND";
    public static final String COUPON_SOLD_OUT = "COUPON_SOLD_OUT";
    public static final String COUPON_ALREADY_ISSUED = "COUPON_ALREADY_ISSUED";
    public static final String COUPON_ISSUE_NOT_OPEN = "COUPON_ISSUE_NOT_OPEN";
    public static final String USER_COUPON_NOT_FOUND = "USER_COUPON_NOT_FOUND";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    private CouponRefusals() {
    }

    public static BusinessException notFound(long couponId) {
        return new BusinessException(COUPON_NOT_FOUND, Category.NOT_FOUND, "Coupon " + couponId + " does not exist.");
    }

    public static BusinessException soldOut(long couponId) {
        return new BusinessException(COUPON_SOLD_OUT, Category.CONFLICT,
                "Coupon " + couponId + " is sold out.");
    }

    public static BusinessException alreadyIssued(long couponId) {
        return new BusinessException(COUPON_ALREADY_ISSUED, Category.CONFLICT,
                "The user already holds coupon " + couponId + ".");
    }

    public static BusinessException issueNotOpen(long couponId) {
        return new BusinessException(COUPON_ISSUE_NOT_OPEN, Category.CONFLICT,
                "Coupon " + couponId + " cannot be issued now: it is outside its issue window.");
    }

    public static BusinessException userCouponNotFound(long userId, long userCouponId) {
        return new BusinessException(USER_COUPON_NOT_FOUND, Category.NOT_FOUND,
                "User " + userId + " has no coupon " + userCouponId + ".");
    }

    /** The issue gate cannot answer right now (Redis unreachable, or being rebuilt for too long): retry shortly. */
    public static BusinessException issuingUnavailable() {
        return new BusinessException(SERVICE_UNAVAILABLE, Category.UNAVAILABLE,
                "Coupons cannot be issued right now; retry shortly.");
    }
}
