package io.surge.coupon.port.in;

public interface RestoreCouponUseCase {

    /**
     * Makes the coupon AVAILABLE again if that order used it and it has not expired, once, and reports whether it
     * did; the same answer however often it is asked.
     */
    void restore(RestoreCouponCommand command);
}
