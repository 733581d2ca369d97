package io.surge.point.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the point module holds for one order: its payment and its refund (ledger entries) and its refusal, each at
 * most once; an order is paid or refused, never both.
 */
public record OrderLedger(Optional<LedgerEntry> payment, Optional<LedgerEntry> refund,
        Optional<PaymentRefusal> refusal) {

    public static OrderLedger of(List<LedgerEntry> entries, Optional<PaymentRefusal> refusal) {
        return new OrderLedger(ofType(entries, LedgerEntryType.USE), ofType(entries, LedgerEntryType.REFUND), refusal);
    }

    private static Optional<LedgerEntry> ofType(List<LedgerEntry> entries, LedgerEntryType type) {
        return entries.stream().filter(entry -> entry.type() == type).findFirst();
    }
}
