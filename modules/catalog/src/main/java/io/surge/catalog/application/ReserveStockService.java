package io.surge.catalog.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.surge.catalog.domain.RejectionReason;
import io.surge.catalog.domain.ReservationOutcome;
import io.surge.catalog.domain.ReservedLine;
import io.surge.catalog.port.in.ReserveStockCommand;
import io.surge.catalog.port.in.ReserveStockUseCase;
import io.surge.catalog.port.out.CatalogEventPublisher;
import io.surge.catalog.port.out.ProductRepository;
import io.surge.catalog.port.out.StockReservationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reserves all lines of an order or none, once, each at the unit price the order was quoted (ADR 0009).
 * <p>
 * Everything happens in the requester's transaction (the order's, ADR 0013), and the product rows, which every
 * buyer of a product queues on, are locked last: the reservation's own rows are written first (their primary key
 * makes a second request for the order find the first answer instead of reserving twice), then the lines are taken
 * in ascending product id, each with one conditional update that refuses to go below zero or to sell at another
 * price than the one quoted. When a line cannot be served, the lines already taken are given back by rolling back
 * to a savepoint (none is needed for a single line: its refused update took nothing) and the reservation is turned
 * into the rejection, in the same transaction.
 */
@Service
class ReserveStockService implements ReserveStockUseCase {

    private final ProductRepository products;
    private final StockReservationRepository reservations;
    private final CatalogEventPublisher events;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    ReserveStockService(ProductRepository products, StockReservationRepository reservations,
            CatalogEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.products = products;
        this.reservations = reservations;
        this.events = events;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(ReserveStockCommand command) {
        long orderId = command.orderId();
        List<ReservedLine> lines = command.lines();
        Instant now = clock.instant();
        if (!reservations.saveReserved(orderId, lines, now)) {
            answerAgain(reservations.lockOutcome(orderId), command);
            return;
        }
        Optional<Shortage> shortage = lines.size() == 1
                ? takeAll(lines, now)
                : savepoint.execute(status -> {
                    Optional<Shortage> result = takeAll(lines, now);
                    if (result.isPresent()) {
                        status.setRollbackOnly(); // back to the savepoint: every line taken so far is given back
                    }
                    return result;
                });
        shortage.ifPresentOrElse(refused -> {
            reservations.reject(orderId, refused.reason(), refused.productId());
            events.rejected(orderId, refused.reason(), refused.productId(), now);
        }, () -> events.reserved(orderId, lines, now));
    }

    private Optional<Shortage> takeAll(List<ReservedLine> lines, Instant now) {
        for (ReservedLine line : lines) {
            if (!products.take(line.productId(), line.quantity(), line.unitPrice(), now)) {
                return Optional.of(new Shortage(whyNot(line), line.productId()));
            }
        }
        return Optional.empty();
    }

    /** Read with a lock, so the answer is about the row the refused update saw, not this transaction's snapshot. */
    private RejectionReason whyNot(ReservedLine line) {
        return products.findLocked(line.productId())
                .map(product -> product.price() == line.unitPrice()
                        ? RejectionReason.INSUFFICIENT_STOCK
                        : RejectionReason.PRICE_CHANGED)
                .orElse(RejectionReason.PRODUCT_NOT_FOUND);
    }

    private void answerAgain(ReservationOutcome outcome, ReserveStockCommand command) {
        long orderId = outcome.orderId();
        if (outcome.isRejected()) {
            events.rejected(orderId, outcome.reason(), outcome.productId(), outcome.decidedAt());
            return;
        }
        List<ReservedLine> lines = reservations.findLines(orderId);
        if (!lines.isEmpty()) {
            events.reserved(orderId, lines, outcome.decidedAt());
        } else if (outcome.status() == ReservationOutcome.Status.RELEASED) {
            // the tombstone of a release that came first: this order must not take stock any more
            events.rejected(orderId, RejectionReason.ORDER_RELEASED, command.lines().getFirst().productId(),
                    outcome.decidedAt());
        } else {
            throw new IllegalStateException("order " + orderId + " is RESERVED but holds no lines");
        }
    }

    private record Shortage(RejectionReason reason, long productId) {
    }
}
