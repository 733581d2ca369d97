package io.surge.catalog.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.surge.catalog.domain.Product;
import io.surge.catalog.domain.RejectionReason;
import io.surge.catalog.domain.RequestedLine;
import io.surge.catalog.domain.ReservationOutcome;
import io.surge.catalog.domain.ReservationRequest;
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
 * Reserves all lines of an order or none, once (ADR 0009).
 * <p>
 * Everything happens in the requester's transaction (the order's, ADR 0013). Lines are taken in ascending product id, each with a
 * conditional update that refuses to go below zero, before any row of the order's own is written (the lock order
 * releases follow too), inside a savepoint: when a line cannot be served the
 * savepoint is rolled back, which undoes the lines already taken exactly, and the rejection is recorded and
 * reported in the same transaction. No second transaction (and no second connection) is ever needed.
 * <p>
 * The order's outcome row is written last; its primary key makes a racing second delivery of the same request
 * fail and roll back whole, stock included. A redelivery that comes later finds the outcome and repeats its
 * answer from what was stored.
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
        Optional<ReservationOutcome> decided = reservations.findOutcome(orderId);
        if (decided.isPresent()) {
            answerAgain(decided.get(), command.request());
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Attempt attempt = command.request().lines().size() == 1
                ? takeAll(command.request(), now) // one conditional update: refused, it took nothing to give back
                : savepoint.execute(status -> {
                    Attempt result = takeAll(command.request(), now);
                    if (result instanceof Shortage) {
                        status.setRollbackOnly(); // back to the savepoint: every line taken so far is given back
                    }
                    return result;
                });
        switch (attempt) {
            case Taken(List<ReservedLine> lines) -> {
                reservations.saveOutcome(ReservationOutcome.reserved(orderId, now));
                reservations.saveLines(orderId, lines, now);
                events.reserved(orderId, lines, now);
            }
            case Shortage(RejectionReason reason, long productId) -> {
                reservations.saveOutcome(ReservationOutcome.rejected(orderId, reason, productId, now));
                events.rejected(orderId, reason, productId, now);
            }
        }
    }

    private Attempt takeAll(ReservationRequest request, Instant now) {
        for (RequestedLine line : request.lines()) {
            if (!products.take(line.productId(), line.quantity(), now)) {
                return new Shortage(products.find(line.productId()).isPresent()
                        ? RejectionReason.INSUFFICIENT_STOCK
                        : RejectionReason.PRODUCT_NOT_FOUND, line.productId());
            }
        }
        // read after our own updates: each row is locked by this transaction, so name and price are current
        Map<Long, Product> taken = products.findAll(request.lines().stream().map(RequestedLine::productId).toList())
                .stream().collect(Collectors.toMap(Product::productId, Function.identity()));
        return new Taken(request.lines().stream()
                .map(line -> {
                    Product product = taken.get(line.productId());
                    return new ReservedLine(line.productId(), product.name(), product.price(), line.quantity());
                })
                .toList());
    }

    private void answerAgain(ReservationOutcome outcome, ReservationRequest request) {
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
            events.rejected(orderId, RejectionReason.ORDER_RELEASED, request.first().productId(),
                    outcome.decidedAt());
        } else {
            throw new IllegalStateException("order " + orderId + " is RESERVED but holds no lines");
        }
    }

    private sealed interface Attempt permits Taken, Shortage {
    }

    private record Taken(List<ReservedLine> lines) implements Attempt {
    }

    private record Shortage(RejectionReason reason, long productId) implements Attempt {
    }
}
