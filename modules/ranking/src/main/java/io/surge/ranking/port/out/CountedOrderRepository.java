package io.surge.ranking.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import io.surge.ranking.domain.CountedOrder;

/**
 * The orders ranking has heard of, keyed by order id. Each method is one atomic statement in the caller's
 * transaction; the key is what turns a redelivery into a no-op.
 */
public interface CountedOrderRepository {

    /** Records the order as counted on {@code salesDate}; false when the order is known already (nothing changed). */
    boolean recordCounted(long orderId, LocalDate salesDate, Instant completedAt);

    /**
     * Moves a counted order to cancelled.
     *
     * @return the day it had been counted on, or empty when it was not counted (unknown, or cancelled already)
     */
    Optional<LocalDate> cancelCounted(long orderId, Instant cancelledAt);

    /** Records a cancellation that arrived before its completion; false when the order is known already. */
    boolean recordCancelledBeforeCompletion(long orderId, Instant cancelledAt);

    Optional<CountedOrder> find(long orderId);

    /** Deletes at most {@code limit} orders last changed before {@code cutoff}, oldest first; returns how many. */
    int deleteChangedBefore(Instant cutoff, int limit);
}
