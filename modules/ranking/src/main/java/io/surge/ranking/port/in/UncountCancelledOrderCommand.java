package io.surge.ranking.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.surge.ranking.domain.Sale;
import io.surge.ranking.domain.SaleLines;

/**
 * Take a cancelled order's units back from the day they were counted on. {@code sales} are the order's lines as
 * completed (the order module cancels whole orders).
 */
public record UncountCancelledOrderCommand(long orderId, Instant cancelledAt, SaleLines sales) {

    public UncountCancelledOrderCommand {
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        CountCompletedOrderCommand.checkOrder(orderId, sales);
    }

    public UncountCancelledOrderCommand(long orderId, Instant cancelledAt, List<Sale> items) {
        this(orderId, cancelledAt, SaleLines.of(items));
    }
}
