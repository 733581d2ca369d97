package io.surge.point.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void chargesAndRefundsAddWhileUsesSubtract() {
        List<NewLedgerEntry> entries = List.of(
                NewLedgerEntry.charge(1, 1_000, 1_000, NOW),
                NewLedgerEntry.use(7, 1, 300, 700, NOW),
                NewLedgerEntry.refund(7, 1, 300, 1_000, NOW));

        long sum = entries.stream().mapToLong(entry -> entry.type().signed(entry.amount())).sum();

        assertThat(sum).isEqualTo(entries.getLast().balanceAfter());
    }

    @Test
    void paymentsBelongToAnOrder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LedgerEntry(1, 1, LedgerEntryType.USE, 10, 0, null, NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LedgerEntry(1, 1, LedgerEntryType.REFUND, 10, 10, null, NOW));
    }

    @Test
    void amountsAndBalancesAreNeverNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LedgerEntry(1, 1, LedgerEntryType.CHARGE, -1, 0, null, NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LedgerEntry(1, 1, LedgerEntryType.USE, 1, -1, 7L, NOW));
    }

    @Test
    void theLedgerAssignsTheId() {
        assertThat(NewLedgerEntry.charge(1, 5, 5, NOW).withId(42))
                .isEqualTo(new LedgerEntry(42, 1, LedgerEntryType.CHARGE, 5, 5, null, NOW));
    }
}
