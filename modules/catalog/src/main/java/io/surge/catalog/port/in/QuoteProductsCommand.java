package io.surge.catalog.port.in;

import java.util.List;

import io.surge.catalog.domain.RequestedLine;
import io.surge.catalog.domain.ReservationRequest;

/**
 * Quote the lines of an order: what reserving their stock would charge, if it can be done now. Repeated
 * products are merged; every quantity is at least 1 (a line with less is refused here, before anything is touched).
 */
public record QuoteProductsCommand(long orderId, ReservationRequest request) {

    public QuoteProductsCommand {
        if (orderId < 1) {
            throw new IllegalArgumentException("orderId must be positive");
        }
        if (request == null) {
            throw new IllegalArgumentException("request is required");
        }
    }

    public QuoteProductsCommand(long orderId, List<RequestedLine> lines) {
        this(orderId, ReservationRequest.of(lines));
    }
}
