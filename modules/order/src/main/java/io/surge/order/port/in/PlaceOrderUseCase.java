package io.surge.order.port.in;

public interface PlaceOrderUseCase {

    /** Stores the order as PENDING and starts its saga, in one transaction; returns the order's id. */
    long place(PlaceOrderCommand command);
}
