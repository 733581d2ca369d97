package io.surge.order.application;

import io.surge.order.domain.Order;
import io.surge.order.port.in.CancelOrderUseCase;
import io.surge.order.port.out.OrderRepository;
import io.surge.order.port.out.OrderSagaMessages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CancelOrderService implements CancelOrderUseCase {

    private final OrderRepository orders;
    private final OrderSagaMessages messages;

    CancelOrderService(OrderRepository orders, OrderSagaMessages messages) {
        this.orders = orders;
        this.messages = messages;
    }

    @Override
    @Transactional
    public void cancel(long orderId) {
        Order order = orders.findForUpdate(orderId).orElseThrow(() -> OrderQueries.notFound(orderId));
        var next = order.cancel();
        orders.update(order);
        next.forEach(step -> messages.send(step, order));
    }
}
