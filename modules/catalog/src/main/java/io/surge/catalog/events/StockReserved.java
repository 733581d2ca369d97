package io.surge.catalog.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Every line of the order is reserved; each line carries the product's name and unit price at this moment,
 * which is what the order charges (prices never come from the client).
 */
public record StockReserved(UUID eventId, long orderId, List<Line> lines, Instant reservedAt) implements SurgeEvent {

    public record Line(long productId, String name, long unitPrice, int quantity) {
    }

    public StockReserved {
        lines = List.copyOf(lines);
    }
}
