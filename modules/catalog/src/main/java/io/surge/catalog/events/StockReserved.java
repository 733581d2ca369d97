package io.surge.catalog.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Every line of the order is reserved, at the unit price the request asked for.
 */
public record StockReserved(UUID eventId, long orderId, List<ReserveStock.Line> lines, Instant reservedAt)
        implements SurgeEvent {

    public StockReserved {
        lines = List.copyOf(lines);
    }
}
