package io.surge.coupon.port.out;

import java.time.Instant;
import java.util.Optional;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponTerms;

/**
 * Coupon definitions and their issued counts, the source of truth for how many are left.
 */
public interface CouponRepository {

    Coupon add(CouponTerms terms, Instant createdAt);

    Optional<Coupon> find(long couponId);

    /**
     * Counts one more issued copy if one is left: one conditional {@code UPDATE} in the caller's transaction, so two
     * winners can never take the last copy both.
     *
     * @return false when the coupon is sold out (nothing changed)
     */
    boolean countIssue(long couponId);
}
