package io.surge.ranking.port.in;

public interface CountCompletedOrderUseCase {

    /**
     * Adds the order's units to its business day, once however often it is delivered, and never when the order's
     * cancellation was recorded first.
     */
    void count(CountCompletedOrderCommand command);
}
