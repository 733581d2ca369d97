package io.surge.catalog.domain;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What became of an order's stock request, remembered so the answer never changes on redelivery and stock is
 * never reserved or released twice.
 *
 * @param reason why it was rejected ({@link Status#REJECTED} only)
 * @param productId the product that could not be served ({@link Status#REJECTED} only)
 * @param releasedAt when it was released ({@link Status#RELEASED} only)
 */
public record ReservationOutcome(long orderId, Status status, @Nullable RejectionReason reason,
        @Nullable Long productId, Instant decidedAt, @Nullable Instant releasedAt) {

    public enum Status {
        /** Every line is reserved. */
        RESERVED,
        /** Nothing was reserved; final. */
        REJECTED,
        /** What was reserved is back in stock; or, with no lines, the order was released before it reserved. */
        RELEASED
    }

    public ReservationOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if ((status == Status.REJECTED) != (reason != null && productId != null)) {
            throw new IllegalArgumentException("a rejection, and only a rejection, has a reason and a product");
        }
        if ((status == Status.RELEASED) != (releasedAt != null)) {
            throw new IllegalArgumentException("a release, and only a release, has a release time");
        }
    }

    public static ReservationOutcome reserved(long orderId, Instant at) {
        return new ReservationOutcome(orderId, Status.RESERVED, null, null, at, null);
    }

    public static ReservationOutcome rejected(long orderId, RejectionReason reason, long productId, Instant at) {
        return new ReservationOutcome(orderId, Status.REJECTED, reason, productId, at, null);
    }

    /** The tombstone of an order released before it reserved anything: a later reservation request is refused. */
    public static ReservationOutcome releasedBeforeReserving(long orderId, Instant at) {
        return new ReservationOutcome(orderId, Status.RELEASED, null, null, at, at);
    }

    public boolean isRejected() {
        return status == Status.REJECTED;
    }
}
