package io.surge.point.domain;

import java.util.List;
import java.util.Optional;

/** What the ledger holds for one order: its payment and its refund, each at most once. */
public record OrderLedger(Optional<LedgerEntry> payment, Optional<LedgerEntry> refund) {

    public static OrderLedger of(List<LedgerEntry> entries) {
        return new OrderLedger(ofType(entries, LedgerEntryType.USE), ofType(entries, LedgerEntryType.REFUND));
    }

    private static Optional<LedgerEntry> ofType(List<LedgerEntry> entries, LedgerEntryType type) {
        return entries.stream().filter(entry -> entry.type() == type).findFirst();
    }
}
