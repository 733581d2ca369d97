package io.surge.point.domain;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change of a wallet: what happened, by how much, the balance it left, and for order payments
 * the order that caused it. Entries are never changed once written.
 */
public record LedgerEntry(long entryId, long userId, LedgerEntryType type, long amount, long balanceAfter,
        @Nullable Long orderId, Instant createdAt) {

    public LedgerEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        if (amount < 0 || balanceAfter < 0) {
            throw new IllegalArgumentException("amounts and balances are never negative");
        }
        if (type != LedgerEntryType.CHARGE && orderId == null) {
            throw new IllegalArgumentException(type + " entries belong to an order");
        }
    }
}
