package io.surge.point.application;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import io.surge.point.domain.NewLedgerEntry;
import io.surge.point.domain.OrderLedger;
import io.surge.point.domain.PaymentRefusal;
import io.surge.point.domain.Wallet;
import io.surge.point.port.in.UsePointsCommand;
import io.surge.point.port.in.UsePointsUseCase;
import io.surge.point.port.out.LedgerRepository;
import io.surge.point.port.out.PaymentRefusalRepository;
import io.surge.point.port.out.PointEventPublisher;
import io.surge.point.port.out.WalletRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays an order with points, once. A redelivered request finds the first answer (the ledger entry or the
 * refusal) and repeats it. Deliveries racing each other queue on the wallet's row lock, taken before anything
 * is read, so the later one reads the earlier one's answer; the ledger's (order, USE) key backs this up.
 */
@Service
class UsePointsService implements UsePointsUseCase {

    private final WalletRepository wallets;
    private final LedgerRepository ledger;
    private final PaymentRefusalRepository refusals;
    private final PointEventPublisher events;
    private final Clock clock;

    UsePointsService(WalletRepository wallets, LedgerRepository ledger, PaymentRefusalRepository refusals,
            PointEventPublisher events, Clock clock) {
        this.wallets = wallets;
        this.ledger = ledger;
        this.refusals = refusals;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void use(UsePointsCommand command) {
        if (command.amount() == 0) {
            // paying nothing (a fully discounted order) still records the payment, in a wallet created now if need
            // be: before the read below, so this transaction never inserts into a gap that read locked
            wallets.lock(command.userId());
        }
        // the row lock before any read: a racing delivery of this step waits, then sees its answer
        Optional<Wallet> wallet = wallets.findForUpdate(command.userId());
        OrderLedger entries = ledger.findForOrder(command.orderId());
        if (entries.payment().isPresent()) {
            events.used(entries.payment().get());
            return;
        }
        if (entries.refusal().isPresent()) {
            events.refused(entries.refusal().get());
            return;
        }
        if (entries.refund().isPresent()) {
            refuse(command, PaymentRefusal.Reason.ORDER_ALREADY_REFUNDED);
            return;
        }
        OptionalLong taken = wallet.map(locked -> wallets.debit(locked, command.amount())).orElse(OptionalLong.empty());
        taken.ifPresentOrElse(
                balanceAfter -> events.used(ledger.append(NewLedgerEntry.use(command.orderId(), command.userId(),
                        command.amount(), balanceAfter, clock.instant()))),
                () -> refuse(command, PaymentRefusal.Reason.INSUFFICIENT_POINTS));
    }

    private void refuse(UsePointsCommand command, PaymentRefusal.Reason reason) {
        PaymentRefusal refusal = new PaymentRefusal(command.orderId(), command.userId(), command.amount(), reason,
                clock.instant());
        refusals.save(refusal);
        events.refused(refusal);
    }
}
