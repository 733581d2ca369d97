package io.surge.order.application;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import io.surge.order.domain.FailureReason;
import io.surge.order.domain.Order;
import io.surge.order.domain.ProductPrice;
import io.surge.order.domain.SagaStep;
import io.surge.order.port.in.OrderSagaUseCase;
import io.surge.order.port.out.OrderRepository;
import io.surge.order.port.out.OrderSagaMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves sagas along. Every reply is one short transaction: lock the order, apply the transition, store it and
 * send what comes next through the outbox. A crash anywhere leaves either the whole step or none of it, and
 * the registry redelivers the reply; the order's state makes the redelivery a no-op if the step was done.
 */
@Service
@Transactional
class OrderSagaService implements OrderSagaUseCase {

    private static final Logger log = LoggerFactory.getLogger(OrderSagaService.class);

    private final OrderRepository orders;
    private final OrderSagaMessages messages;
    private final OrderOutcomes outcomes;
    private final Clock clock;

    OrderSagaService(OrderRepository orders, OrderSagaMessages messages, OrderOutcomes outcomes, Clock clock) {
        this.orders = orders;
        this.messages = messages;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public void stockReserved(long orderId, List<ProductPrice> prices) {
        advance(orderId, order -> {
            List<SagaStep> next = order.stockReserved(prices);
            if (!next.isEmpty()) {
                orders.updateLinePrices(order);
            }
            return next;
        });
    }

    @Override
    public void stockReservationRejected(long orderId, FailureReason reason) {
        advance(orderId, order -> order.stockReservationRejected(reason, clock.instant()));
    }

    @Override
    public void couponRedeemed(long orderId, long discount) {
        advance(orderId, order -> order.couponRedeemed(discount));
    }

    @Override
    public void couponRejected(long orderId) {
        advance(orderId, Order::couponRejected);
    }

    @Override
    public void pointsUsed(long orderId) {
        advance(orderId, order -> order.pointsUsed(clock.instant()));
    }

    @Override
    public void pointsRefused(long orderId) {
        advance(orderId, Order::pointsRefused);
    }

    @Override
    public void stockReleased(long orderId) {
        advance(orderId, order -> order.stockReleased(clock.instant()));
    }

    @Override
    public void couponRestored(long orderId) {
        advance(orderId, order -> order.couponRestored(clock.instant()));
    }

    @Override
    public void pointsRefunded(long orderId) {
        advance(orderId, order -> order.pointsRefunded(clock.instant()));
    }

    private void advance(long orderId, Function<Order, List<SagaStep>> transition) {
        Order order = orders.findForUpdate(orderId).orElse(null);
        if (order == null) {
            log.warn("Reply for unknown order {} ignored", orderId);
            return;
        }
        List<SagaStep> next = transition.apply(order); // nothing for a duplicate or late reply
        orders.update(order);
        next.forEach(step -> messages.send(step, order));
        if (order.state().isSettled()) {
            outcomes.settledAfterCommit(orderId);
        }
    }
}
