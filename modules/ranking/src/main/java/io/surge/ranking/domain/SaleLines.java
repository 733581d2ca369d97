package io.surge.ranking.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one order adds to (or takes from) a day's sales: one line per product, repeated products merged, in
 * ascending product id. That order is also the order in which the day's rows are locked, so two orders counted
 * at once never wait for each other in a circle.
 */
public record SaleLines(List<Sale> lines) {

    public SaleLines {
        lines = List.copyOf(lines);
    }

    public static SaleLines of(Collection<Sale> sales) {
        Map<Long, Long> merged = new TreeMap<>();
        for (Sale sale : sales) {
            merged.merge(sale.productId(), sale.quantity(), Long::sum);
        }
        merged.values().removeIf(quantity -> quantity == 0);
        return new SaleLines(merged.entrySet().stream().map(line -> new Sale(line.getKey(), line.getValue())).toList());
    }

    /** The same lines taken back: what a cancellation subtracts. */
    public SaleLines negated() {
        return new SaleLines(lines.stream().map(Sale::negated).toList());
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
