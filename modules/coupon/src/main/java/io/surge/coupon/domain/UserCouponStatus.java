package io.surge.coupon.domain;

/**
 * A user coupon's status as users see it. {@code AVAILABLE} and {@code USED} are stored; {@code EXPIRED} is an
 * {@code AVAILABLE} coupon past its expiry, derived whenever it is read and never stored (so it needs no job to
 * set it, and is never stale).
 */
public enum UserCouponStatus {
    AVAILABLE, USED, EXPIRED
}
