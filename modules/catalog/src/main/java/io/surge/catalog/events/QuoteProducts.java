package io.surge.catalog.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * Request: the name and unit price of every line of an order, and whether there is stock enough for it now.
 * Answered by {@link ProductsQuoted} or {@link ProductQuoteRefused}. A quote reserves nothing and locks nothing:
 * the order prices itself with it, settles coupon and payment, and only then asks to {@link ReserveStock}, so
 * the stock rows it shares with every other buyer are locked last and held shortest.
 */
public record QuoteProducts(UUID eventId, long orderId, List<StockLine> lines, Instant requestedAt)
        implements SurgeEvent {

    public QuoteProducts {
        lines = List.copyOf(lines);
    }

    public static QuoteProducts of(long orderId, List<StockLine> lines) {
        return new QuoteProducts(UUID.randomUUID(), orderId, lines, Instant.now());
    }
}
