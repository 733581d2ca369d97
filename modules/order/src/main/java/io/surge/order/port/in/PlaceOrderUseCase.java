package io.surge.order.port.in;

import io.surge.order.domain.Order;

public interface PlaceOrderUseCase {

    /**
     * Stores the order and runs its saga to the end, in one transaction: the order returned is COMPLETED, or
     * FAILED with its reason and nothing else changed.
     */
    Order place(PlaceOrderCommand command);
}
