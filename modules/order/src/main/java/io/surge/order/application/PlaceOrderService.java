package io.surge.order.application;

import java.time.Clock;

import io.surge.order.domain.Order;
import io.surge.order.domain.SagaStep;
import io.surge.order.port.in.PlaceOrderCommand;
import io.surge.order.port.in.PlaceOrderUseCase;
import io.surge.order.port.out.OrderRepository;
import io.surge.order.port.out.OrderSagaMessages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlaceOrderService implements PlaceOrderUseCase {

    private final OrderRepository orders;
    private final OrderSagaMessages messages;
    private final Clock clock;

    PlaceOrderService(OrderRepository orders, OrderSagaMessages messages, Clock clock) {
        this.orders = orders;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long place(PlaceOrderCommand command) {
        Order order = orders.add(command.request(), clock.instant());
        messages.placed(order);
        messages.send(SagaStep.RESERVE_STOCK, order);
        return order.orderId();
    }
}
