package io.surge.order.port.out;

import io.surge.order.domain.Order;

/**
 * Counts what happens to orders, for operators. Each count is taken when the transaction that decided it commits, so
 * an order that is rolled back is not counted and its retry counts once.
 */
public interface OrderMetrics {

    /** An order was placed and its saga ended: one placed, and one completed or one failed for its reason. */
    void placed(Order order);

    void cancelled(Order order);
}
