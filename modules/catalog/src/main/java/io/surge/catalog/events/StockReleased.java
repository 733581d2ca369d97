package io.surge.catalog.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * What the order had reserved is back in stock ({@code lines} is empty when it had reserved nothing).
 */
public record StockReleased(UUID eventId, long orderId, List<StockLine> lines, Instant releasedAt)
        implements SurgeEvent {

    public StockReleased {
        lines = List.copyOf(lines);
    }
}
