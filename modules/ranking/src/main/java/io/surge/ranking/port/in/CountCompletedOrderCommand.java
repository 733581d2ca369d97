package io.surge.ranking.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.surge.ranking.domain.Sale;
import io.surge.ranking.domain.SaleLines;

/**
 * Count a completed order's units on the business day it completed.
 */
public record CountCompletedOrderCommand(long orderId, Instant completedAt, SaleLines sales) {

    public CountCompletedOrderCommand {
        Objects.requireNonNull(completedAt, "completedAt");
        checkOrder(orderId, sales);
    }

    public CountCompletedOrderCommand(long orderId, Instant completedAt, List<Sale> items) {
        this(orderId, completedAt, SaleLines.of(items));
    }

    static void checkOrder(long orderId, SaleLines sales) {
        if (orderId < 1) {
            throw new IllegalArgumentException("orderId must be positive");
        }
        if (sales.lines().stream().anyMatch(sale -> sale.quantity() < 1)) {
            throw new IllegalArgumentException("an order sells at least one unit of each product it lists");
        }
    }
}
