package io.surge.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.surge.point.domain.LedgerEntry;
import io.surge.point.port.in.GetBalanceQuery;
import io.surge.point.port.in.GetPointHistoryQuery;
import io.surge.shared.paging.PageRequest;

/**
 * The point module's invariant, checked through its own queries: a wallet's ledger sums to its balance.
 */
final class PointLedgerAssertions {

    private PointLedgerAssertions() {
    }

    static List<LedgerEntry> ledgerOf(GetPointHistoryQuery history, long userId) {
        return history.history(userId, PageRequest.first(100_000)).items();
    }

    static void assertLedgerSumsToBalance(GetBalanceQuery balances, GetPointHistoryQuery history, long userId,
            long expectedBalance) {
        long sum = ledgerOf(history, userId).stream().mapToLong(entry -> entry.type().signed(entry.amount())).sum();
        assertThat(balances.balanceOf(userId).balance()).isEqualTo(expectedBalance);
        assertThat(sum).as("ledger sum").isEqualTo(expectedBalance);
    }
}
