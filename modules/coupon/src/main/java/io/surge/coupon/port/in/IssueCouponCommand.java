package io.surge.coupon.port.in;

/**
 * A user asks for one of a coupon's first-come, first-served copies.
 */
public record IssueCouponCommand(long couponId, long userId) {

    public IssueCouponCommand {
        if (couponId < 1 || userId < 1) {
            throw new IllegalArgumentException("couponId and userId are positive");
        }
    }
}
