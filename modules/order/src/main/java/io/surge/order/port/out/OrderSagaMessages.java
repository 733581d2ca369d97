package io.surge.order.port.out;

import io.surge.order.domain.Order;
import io.surge.order.domain.SagaStep;

/**
 * Sends the saga's requests to other modules and announces the order's milestones, in the transaction of the
 * transition that decided them: a request is answered before {@code send} returns (its provider listens
 * synchronously); an announcement reaches ranking and Kafka through the outbox after commit.
 */
public interface OrderSagaMessages {

    void placed(Order order);

    void send(SagaStep step, Order order);
}
