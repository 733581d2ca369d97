package io.surge.catalog.port.in;

import java.util.List;

import io.surge.catalog.domain.RequestedLine;
import io.surge.catalog.domain.ReservationRequest;

/**
 * Reserve stock for every line of an order, or for none (or quote what that reservation would take). Repeated
 * products are merged; every quantity is at least 1 (a line with less is refused here, before anything is touched).
 */
public record ReserveStockCommand(long orderId, ReservationRequest request) {

    public ReserveStockCommand {
        if (orderId < 1) {
            throw new IllegalArgumentException("orderId must be positive");
        }
        if (request == null) {
            throw new IllegalArgumentException("request is required");
        }
    }

    public ReserveStockCommand(long orderId, List<RequestedLine> lines) {
        this(orderId, ReservationRequest.of(lines));
    }
}
