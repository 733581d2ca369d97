package io.surge.catalog.port.in;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.surge.catalog.domain.ReservedLine;

/**
 * Reserve stock for every line of an order, or for none, each at the unit price the order was quoted. Lines of one
 * product are merged (they must agree on its price) and taken in ascending product id, the order every change of
 * stock locks product rows in (ADR 0009).
 */
public record ReserveStockCommand(long orderId, List<ReservedLine> lines) {

    public ReserveStockCommand {
        if (orderId < 1) {
            throw new IllegalArgumentException("orderId must be positive");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reservation needs at least one line");
        }
        Map<Long, ReservedLine> merged = new TreeMap<>();
        for (ReservedLine line : lines) {
            merged.merge(line.productId(), line, ReserveStockCommand::merge);
        }
        lines = List.copyOf(merged.values());
    }

    private static ReservedLine merge(ReservedLine a, ReservedLine b) {
        if (a.unitPrice() != b.unitPrice()) {
            throw new IllegalArgumentException("two prices for product " + a.productId());
        }
        try {
            return new ReservedLine(a.productId(), Math.addExact(a.quantity(), b.quantity()), a.unitPrice());
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("merged quantity is out of range", overflow);
        }
    }
}
