package io.surge.point.application;

import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.Wallet;
import io.surge.point.port.in.GetBalanceQuery;
import io.surge.point.port.in.GetPointHistoryQuery;
import io.surge.point.port.out.LedgerRepository;
import io.surge.point.port.out.WalletRepository;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;

import org.springframework.stereotype.Service;

/**
 * Each read is one statement, consistent on its own, so it runs without a transaction: a read-only one would only
 * add round trips (ADR 0012).
 */
@Service
class PointQueries implements GetBalanceQuery, GetPointHistoryQuery {

    private final WalletRepository wallets;
    private final LedgerRepository ledger;

    PointQueries(WalletRepository wallets, LedgerRepository ledger) {
        this.wallets = wallets;
        this.ledger = ledger;
    }

    @Override
    public Wallet balanceOf(long userId) {
        return wallets.find(userId).orElseGet(() -> Wallet.empty(userId));
    }

    @Override
    public Page<LedgerEntry> history(long userId, PageRequest page) {
        return ledger.findNewestFirst(userId, page);
    }
}
