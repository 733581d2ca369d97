package io.surge.point.port.in;

public interface RefundPointsUseCase {

    /** Refunds the order's payment exactly once and reports it; an order that paid nothing is refunded 0. */
    void refund(RefundPointsCommand command);
}
