package io.surge.catalog.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Every line of the order exists and had stock enough when it was read; each carries the product's name and
 * unit price at that moment, which is what the order charges (prices never come from the client). Nothing is
 * promised: {@link ReserveStock} decides, and refuses a price that moved.
 */
public record ProductsQuoted(UUID eventId, long orderId, List<Line> lines, Instant quotedAt) implements SurgeEvent {

    public record Line(long productId, String name, long unitPrice, int quantity) {
    }

    public ProductsQuoted {
        lines = List.copyOf(lines);
    }
}
