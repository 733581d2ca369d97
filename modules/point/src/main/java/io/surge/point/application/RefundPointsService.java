package io.surge.point.application;

import java.time.Clock;

import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.NewLedgerEntry;
import io.surge.point.domain.OrderLedger;
import io.surge.point.port.in.RefundPointsCommand;
import io.surge.point.port.in.RefundPointsUseCase;
import io.surge.point.port.out.LedgerRepository;
import io.surge.point.port.out.PointEventPublisher;
import io.surge.point.port.out.WalletRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds exactly what an order paid, once: the ledger's (order, REFUND) key makes a second refund impossible.
 * Refunds ignore the balance limit: giving back what was taken must always succeed.
 */
@Service
class RefundPointsService implements RefundPointsUseCase {

    private final WalletRepository wallets;
    private final LedgerRepository ledger;
    private final PointEventPublisher events;
    private final Clock clock;

    RefundPointsService(WalletRepository wallets, LedgerRepository ledger, PointEventPublisher events, Clock clock) {
        this.wallets = wallets;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void refund(RefundPointsCommand command) {
        wallets.lock(command.userId()); // before any read: a racing delivery of this step waits, then sees its answer
        OrderLedger entries = ledger.findForOrder(command.orderId());
        if (entries.refund().isPresent()) {
            events.refunded(entries.refund().get());
            return;
        }
        long paid = entries.payment().map(LedgerEntry::amount).orElse(0L);
        long balanceAfter = wallets.credit(command.userId(), paid, Long.MAX_VALUE).orElseThrow();
        events.refunded(ledger.append(
                NewLedgerEntry.refund(command.orderId(), command.userId(), paid, balanceAfter, clock.instant())));
    }
}
