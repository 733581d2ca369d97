package io.surge.ranking.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What ranking remembers of an order: whether it was counted, on which business day, and whether it was
 * cancelled since. A cancellation that arrived before its completion leaves a tombstone: cancelled, never counted.
 */
public record CountedOrder(long orderId, @Nullable LocalDate salesDate, Status status) {

    public enum Status {
        COUNTED, CANCELLED
    }

    public CountedOrder {
        if (status == Status.COUNTED && salesDate == null) {
            throw new IllegalArgumentException("a counted order was counted on some day");
        }
    }

    /** The day the order's units were added to, if they ever were (a tombstone's never were). */
    public Optional<LocalDate> countedOn() {
        return Optional.ofNullable(salesDate);
    }
}
