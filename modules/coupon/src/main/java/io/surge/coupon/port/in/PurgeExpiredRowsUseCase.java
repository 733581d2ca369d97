package io.surge.coupon.port.in;

/**
 * Deletes the coupon module's rows that nothing needs any more (ADR 0018), one batch per call. Coupons and users'
 * coupons stay, and so does the answer to a completed order's redemption (REDEEMED): a cancellation, whenever it
 * comes, gives that coupon back. A settled answer (REJECTED, RESTORED) only answers redelivered requests and goes
 * {@code surge.coupon.retention.window} after it settled.
 */
public interface PurgeExpiredRowsUseCase {

    /** Deletes at most {@code limit} settled answers older than the window; returns how many. */
    int purgeSettledRedemptions(int limit);
}
