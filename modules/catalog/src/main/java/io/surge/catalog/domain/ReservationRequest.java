package io.surge.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lines of an order to quote: one line per product (repeated products are merged) in ascending product id,
 * the order its reservation will take them in.
 */
public record ReservationRequest(List<RequestedLine> lines) {

    public ReservationRequest {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reservation needs at least one line");
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i - 1).productId() >= lines.get(i).productId()) {
                throw new IllegalArgumentException("lines are merged and in ascending product id");
            }
        }
    }

    public static ReservationRequest of(List<RequestedLine> requested) {
        Map<Long, Integer> merged = new TreeMap<>();
        for (RequestedLine line : requested) {
            merged.merge(line.productId(), line.quantity(), ReservationRequest::addQuantities);
        }
        List<RequestedLine> lines = new ArrayList<>(merged.size());
        merged.forEach((productId, quantity) -> lines.add(new RequestedLine(productId, quantity)));
        return new ReservationRequest(lines);
    }

    /** The line of the lowest product id: what a request refused as a whole names. */
    public RequestedLine first() {
        return lines.getFirst();
    }

    private static int addQuantities(int a, int b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("merged quantity is out of range", overflow);
        }
    }
}
