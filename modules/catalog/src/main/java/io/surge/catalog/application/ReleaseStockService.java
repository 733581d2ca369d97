package io.surge.catalog.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.surge.catalog.domain.ReservationOutcome;
import io.surge.catalog.domain.ReservedLine;
import io.surge.catalog.port.in.ReleaseStockCommand;
import io.surge.catalog.port.in.ReleaseStockUseCase;
import io.surge.catalog.port.out.CatalogEventPublisher;
import io.surge.catalog.port.out.ProductRepository;
import io.surge.catalog.port.out.StockReservationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives back exactly what an order reserved, once (ADR 0009). Rows are locked in the one order every stock change
 * uses: the order's own rows, then the products in ascending id. The outcome's conditional RESERVED → RELEASED
 * update lets one release through; each line's own conditional update guards its stock once more. A release
 * that finds no outcome leaves a tombstone, so a reservation request arriving late is refused instead of taking
 * stock nobody will give back. Racing a reservation of the same order, a release that comes second fails on the
 * outcome's key and rolls back whole, to find the reservation's outcome when it is retried; a reservation that comes
 * second finds the tombstone.
 */
@Service
class ReleaseStockService implements ReleaseStockUseCase {

    private final ProductRepository products;
    private final StockReservationRepository reservations;
    private final CatalogEventPublisher events;
    private final Clock clock;

    ReleaseStockService(ProductRepository products, StockReservationRepository reservations,
            CatalogEventPublisher events, Clock clock) {
        this.products = products;
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(ReleaseStockCommand command) {
        long orderId = command.orderId();
        Instant now = clock.instant();
        Optional<ReservationOutcome> decided = reservations.findOutcome(orderId);
        if (decided.isEmpty()) {
            reservations.saveOutcome(ReservationOutcome.releasedBeforeReserving(orderId, now));
            events.released(orderId, List.of(), now);
            return;
        }
        ReservationOutcome outcome = decided.get();
        if (outcome.isRejected()) {
            events.released(orderId, List.of(), now); // nothing was reserved, so nothing goes back
            return;
        }
        List<ReservedLine> lines = reservations.findLines(orderId);
        if (outcome.status() == ReservationOutcome.Status.RELEASED) {
            events.released(orderId, lines, outcome.releasedAt()); // a redelivery: the same answer, no stock
            return;
        }
        // the order's own rows first, then its products in ascending id (as a reservation takes them): the hottest
        // rows are locked last, and no cycle of waits forms between releases and reservations (ADR 0009)
        if (!reservations.markReleased(orderId, now)) {
            // a racing delivery released it since we read the outcome: the same answer, no stock
            events.released(orderId, lines, now);
            return;
        }
        List<ReservedLine> released = lines.stream()
                .filter(line -> reservations.releaseLine(orderId, line.productId()))
                .toList();
        released.forEach(line -> products.putBack(line.productId(), line.quantity(), now));
        events.released(orderId, released, now);
    }
}
