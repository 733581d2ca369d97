package io.surge.catalog.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.surge.catalog.domain.RejectionReason;
import io.surge.catalog.domain.ReservationOutcome;
import io.surge.catalog.domain.ReservedLine;

/**
 * What each order reserved and released. An order has at most one outcome: saving a second one fails, which
 * rolls back everything the caller's transaction did with it (stock included).
 */
public interface StockReservationRepository {

    Optional<ReservationOutcome> findOutcome(long orderId);

    /** Fails if the order already has an outcome. */
    void saveOutcome(ReservationOutcome outcome);

    /**
     * Turns the order's outcome from RESERVED into RELEASED, atomically.
     *
     * @return false when it was not RESERVED (any more): someone else released it
     */
    boolean markReleased(long orderId, Instant at);

    /**
     * Records the order's reservation, its outcome RESERVED and its lines, unless the order has an outcome already.
     *
     * @return false when it had one: nothing was written
     */
    boolean saveReserved(long orderId, List<ReservedLine> lines, Instant at);

    /** Turns the reservation {@link #saveReserved} recorded into a rejection: the outcome REJECTED, no lines. */
    void reject(long orderId, RejectionReason reason, long productId);

    /** The order's outcome, committed or written by this transaction, read with a shared lock. */
    ReservationOutcome lockOutcome(long orderId);

    /** The lines the order reserved, released or not, in ascending product id. */
    List<ReservedLine> findLines(long orderId);

    /**
     * Marks one reserved line released, atomically.
     *
     * @return false when it was already released (its stock must not be given back again)
     */
    boolean releaseLine(long orderId, long productId);

    /**
     * Deletes at most {@code limit} outcomes of a settled status (REJECTED or RELEASED) that settled before
     * {@code cutoff}, oldest first, with their lines.
     *
     * @return how many outcomes it deleted
     */
    int deleteSettledBefore(ReservationOutcome.Status settled, Instant cutoff, int limit);
}
