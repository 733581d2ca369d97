package io.surge.order.port.out;

import io.surge.order.domain.Order;
import io.surge.order.domain.SagaStep;

/**
 * Sends the saga's requests to other modules and announces the order's milestones, in the transaction of the
 * transition that decided them (the outbox delivers them after commit).
 */
public interface OrderSagaMessages {

    void placed(Order order);

    void send(SagaStep step, Order order);
}
