package io.surge.catalog.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Request: reserve every line of an order, or none, each at the unit price the order was quoted and paid
 * ({@link ProductsQuoted}). Answered by {@link StockReserved} or {@link StockReservationRejected} (a product whose
 * price is another by now is refused with {@code PRICE_CHANGED}), the same answer however often it is delivered.
 */
public record ReserveStock(UUID eventId, long orderId, List<Line> lines, Instant requestedAt) implements SurgeEvent {

    public record Line(long productId, int quantity, long unitPrice) {
    }

    public ReserveStock {
        lines = List.copyOf(lines);
    }

    public static ReserveStock of(long orderId, List<Line> lines) {
        return new ReserveStock(UUID.randomUUID(), orderId, lines, Instant.now());
    }
}
