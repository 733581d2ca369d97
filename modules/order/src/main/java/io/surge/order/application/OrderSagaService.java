package io.surge.order.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.surge.order.domain.FailureReason;
import io.surge.order.domain.Order;
import io.surge.order.domain.ProductPrice;
import io.surge.order.domain.SagaState;
import io.surge.order.domain.SagaStep;
import io.surge.order.port.in.OrderSagaUseCase;
import io.surge.order.port.out.OrderRepository;
import io.surge.order.port.out.OrderSagaMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves sagas along, one reply at a time, in the transaction the reply is delivered in.
 * <p>
 * Inside this monolith every reply arrives synchronously, in the transaction that placed or cancels the order
 * ({@link LocalSagas}): the transition is applied to that instance and its next steps are sent at once; the
 * service that began the saga stores the order when it is over, and undoes a refused order by going back to its
 * savepoint rather than by sending compensations. A reply for any other order (delivered later, by a module that
 * answers asynchronously) locks and reads the order, applies the transition and stores it, as a saga step of its
 * own; the order's state makes a duplicate or late reply a no-op either way.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class OrderSagaService implements OrderSagaUseCase {

    private static final Logger log = LoggerFactory.getLogger(OrderSagaService.class);

    private final OrderRepository orders;
    private final OrderSagaMessages messages;
    private final LocalSagas localSagas;
    private final Clock clock;

    OrderSagaService(OrderRepository orders, OrderSagaMessages messages, LocalSagas localSagas, Clock clock) {
        this.orders = orders;
        this.messages = messages;
        this.localSagas = localSagas;
        this.clock = clock;
    }

    @Override
    public void productsQuoted(long orderId, List<ProductPrice> prices) {
        advance(orderId, order -> order.productsQuoted(prices));
    }

    @Override
    public void quoteRefused(long orderId, FailureReason reason) {
        advance(orderId, order -> order.quoteRefused(reason, clock.instant()));
    }

    @Override
    public void couponRedeemed(long orderId, long discount) {
        advance(orderId, order -> order.couponRedeemed(discount));
    }

    @Override
    public void couponRejected(long orderId) {
        advance(orderId, order -> order.couponRejected(clock.instant()));
    }

    @Override
    public void pointsUsed(long orderId) {
        advance(orderId, Order::pointsUsed);
    }

    @Override
    public void pointsRefused(long orderId) {
        advance(orderId, order -> order.pointsRefused(clock.instant()));
    }

    @Override
    public void stockReserved(long orderId) {
        advance(orderId, order -> order.stockReserved(clock.instant()));
    }

    @Override
    public void stockReservationRejected(long orderId, FailureReason reason) {
        advance(orderId, order -> order.stockReservationRejected(reason));
    }

    @Override
    public void couponRestored(long orderId) {
        advance(orderId, order -> order.couponRestored(clock.instant()));
    }

    @Override
    public void pointsRefunded(long orderId) {
        advance(orderId, order -> order.pointsRefunded(clock.instant()));
    }

    @Override
    public void stockReleased(long orderId) {
        advance(orderId, order -> order.stockReleased(clock.instant()));
    }

    private void advance(long orderId, Function<Order, List<SagaStep>> transition) {
        Optional<Order> local = localSagas.find(orderId);
        Order order = local.or(() -> orders.findForUpdate(orderId)).orElse(null);
        if (order == null) {
            log.warn("Reply for unknown order {} ignored", orderId);
            return;
        }
        boolean priced = order.totalAmount() != null;
        List<SagaStep> next = transition.apply(order); // nothing for a duplicate or late reply
        if (local.isPresent()) {
            if (order.state() != SagaState.COMPENSATING) {
                next.forEach(step -> messages.send(step, order));
            }
            return;
        }
        orders.update(order);
        if (!priced && order.totalAmount() != null) {
            orders.saveLines(order);
        }
        next.forEach(step -> messages.send(step, order));
    }
}
