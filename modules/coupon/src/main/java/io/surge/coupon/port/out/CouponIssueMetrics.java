package io.surge.coupon.port.out;

/**
 * Counts the answers to coupon issue requests, for operators: coupons issued (committed) and refusals by their
 * problem code.
 */
public interface CouponIssueMetrics {

    void issued();

    /** @param code the refusal's problem code (API.md), one of {@code CouponRefusals}' */
    void refused(String code);
}
