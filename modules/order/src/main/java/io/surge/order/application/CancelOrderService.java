package io.surge.order.application;

import io.surge.order.domain.Order;
import io.surge.order.port.in.CancelOrderUseCase;
import io.surge.order.port.out.OrderMetrics;
import io.surge.order.port.out.OrderRepository;
import io.surge.order.port.out.OrderSagaMessages;
import io.surge.shared.access.ActingUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels a completed order in one transaction (ADR 0013): coupon restored, points refunded and stock released,
 * each answered synchronously, in the lock order every transaction keeps (coupon, wallet, stock last), then the
 * order is stored as CANCELLED.
 */
@Service
class CancelOrderService implements CancelOrderUseCase {

    private final OrderRepository orders;
    private final OrderSagaMessages messages;
    private final LocalSagas localSagas;
    private final OrderMetrics metrics;

    CancelOrderService(OrderRepository orders, OrderSagaMessages messages, LocalSagas localSagas,
            OrderMetrics metrics) {
        this.orders = orders;
        this.messages = messages;
        this.localSagas = localSagas;
        this.metrics = metrics;
    }

    @Override
    @Transactional
    public Order cancel(long orderId, ActingUser canceller) {
        Order order = localSagas.begin(orders.findForUpdate(orderId)
                .filter(found -> canceller.mayAccessWhatIsOwnedBy(found.userId()))
                .orElseThrow(() -> OrderQueries.notFound(orderId)));
        order.cancel().forEach(step -> messages.send(step, order)); // returns when every step has been answered
        orders.update(order);
        metrics.cancelled(order); // counted when this transaction commits
        return order;
    }
}
