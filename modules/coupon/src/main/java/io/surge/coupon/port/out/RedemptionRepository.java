package io.surge.coupon.port.out;

import java.time.Instant;
import java.util.Optional;

import io.surge.coupon.domain.Redemption;

/**
 * The answers given to orders' redemption requests, one per order.
 */
public interface RedemptionRepository {

    Optional<Redemption> find(long orderId);

    /** Reads the order's answer and locks it until the caller's transaction ends, so restorations run one at a time. */
    Optional<Redemption> findAndLock(long orderId);

    /** Fails if the order already has an answer, which rolls back the caller's transaction. */
    void save(Redemption redemption);

    /** Records that the order's redeemed coupon was given back. */
    void markRestored(long orderId, Instant restoredAt);

    /**
     * Deletes at most {@code limit} answers of a settled outcome (REJECTED or RESTORED) that settled before
     * {@code cutoff}, oldest first; returns how many.
     */
    int deleteSettledBefore(Redemption.Outcome settled, Instant cutoff, int limit);
}
