package io.surge.order.application;

import java.time.Clock;
import java.util.List;

import io.surge.order.domain.Order;
import io.surge.order.domain.SagaState;
import io.surge.order.domain.SagaStep;
import io.surge.order.port.in.PlaceOrderCommand;
import io.surge.order.port.in.PlaceOrderUseCase;
import io.surge.order.port.out.OrderMetrics;
import io.surge.order.port.out.OrderRepository;
import io.surge.order.port.out.OrderSagaMessages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places an order and runs its whole saga in one transaction (ADR 0013): the order is stored as PENDING, then
 * every step is a request answered synchronously by the module that owns it, until the order is COMPLETED or
 * FAILED, and all of it commits once. The steps run inside a savepoint: an order refused after something was
 * done for it (paid, then out of stock) goes back to that savepoint, which undoes everything the other modules
 * did for it exactly, and is stored as FAILED; a 409 means nothing but the failed order remains.
 */
@Service
class PlaceOrderService implements PlaceOrderUseCase {

    private final OrderRepository orders;
    private final OrderSagaMessages messages;
    private final LocalSagas localSagas;
    private final OrderMetrics metrics;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    PlaceOrderService(OrderRepository orders, OrderSagaMessages messages, LocalSagas localSagas,
            OrderMetrics metrics, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.messages = messages;
        this.localSagas = localSagas;
        this.metrics = metrics;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Order place(PlaceOrderCommand command) {
        Order order = localSagas.begin(orders.add(command.request(), clock.instant()));
        messages.placed(order);
        boolean refusedAfterEffects = Boolean.TRUE.equals(savepoint.execute(steps -> {
            messages.send(SagaStep.QUOTE_PRODUCTS, order); // returns when every step has been answered
            if (order.state() != SagaState.COMPENSATING) {
                return false;
            }
            steps.setRollbackOnly(); // back to the savepoint: what the other modules did for the order is gone
            return true;
        }));
        List<SagaStep> announcement = refusedAfterEffects ? order.undoneAtOnce(clock.instant()) : List.of();
        orders.update(order);
        orders.saveLines(order); // once, priced if the catalog quoted them
        announcement.forEach(step -> messages.send(step, order));
        metrics.placed(order); // counted when this transaction commits
        return order;
    }
}
