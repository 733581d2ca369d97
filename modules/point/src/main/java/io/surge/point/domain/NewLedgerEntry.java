package io.surge.point.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A ledger entry about to be written; the ledger assigns its id.
 */
public record NewLedgerEntry(long userId, LedgerEntryType type, long amount, long balanceAfter,
        @Nullable Long orderId, Instant createdAt) {

    public static NewLedgerEntry charge(long userId, long amount, long balanceAfter, Instant at) {
        return new NewLedgerEntry(userId, LedgerEntryType.CHARGE, amount, balanceAfter, null, at);
    }

    public static NewLedgerEntry use(long orderId, long userId, long amount, long balanceAfter, Instant at) {
        return new NewLedgerEntry(userId, LedgerEntryType.USE, amount, balanceAfter, orderId, at);
    }

    public static NewLedgerEntry refund(long orderId, long userId, long amount, long balanceAfter, Instant at) {
        return new NewLedgerEntry(userId, LedgerEntryType.REFUND, amount, balanceAfter, orderId, at);
    }

    public LedgerEntry withId(long entryId) {
        return new LedgerEntry(entryId, userId, type, amount, balanceAfter, orderId, createdAt);
    }
}
