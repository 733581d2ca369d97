package io.surge.catalog.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Every line of the order exists and had stock enough when it was read; each carries the product's name and
 * unit price at that moment. Nothing is promised: {@link ReserveStock} decides, and refuses a price that moved.
 */
public record ProductsQuoted(UUID eventId, long orderId, List<StockReserved.Line> lines, Instant quotedAt)
        implements SurgeEvent {

    public ProductsQuoted {
        lines = List.copyOf(lines);
    }
}
