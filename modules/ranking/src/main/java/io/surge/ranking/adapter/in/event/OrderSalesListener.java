package io.surge.ranking.adapter.in.event;

import java.util.List;

import io.surge.order.events.OrderCancelled;
import io.surge.order.events.OrderCompleted;
import io.surge.order.events.OrderItem;
import io.surge.ranking.domain.Sale;
import io.surge.ranking.port.in.CountCompletedOrderCommand;
import io.surge.ranking.port.in.CountCompletedOrderUseCase;
import io.surge.ranking.port.in.UncountCancelledOrderCommand;
import io.surge.ranking.port.in.UncountCancelledOrderUseCase;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Counts what paid orders sold and takes back what cancelled ones return. Only {@link OrderCompleted} counts:
 * placed, failed or unpaid orders never reach a ranking. Each runs after the order module committed, and nothing
 * here can fail an order. The listeners open no transaction of their own: the use case commits MySQL first and then
 * writes Redis, so Redis never waits inside a transaction nor holds a connection. The event's publication is marked
 * complete only when the listener returns, so a crash between the two is redelivered, and the use cases make
 * redelivery harmless.
 */
@Component
class OrderSalesListener {

    private final CountCompletedOrderUseCase countOrders;
    private final UncountCancelledOrderUseCase uncountOrders;

    OrderSalesListener(CountCompletedOrderUseCase countOrders, UncountCancelledOrderUseCase uncountOrders) {
        this.countOrders = countOrders;
        this.uncountOrders = uncountOrders;
    }

    @ApplicationModuleListener(id = "ranking.count-completed-order", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderCompleted completed) {
        countOrders.count(new CountCompletedOrderCommand(completed.orderId(), completed.completedAt(),
                sales(completed.items())));
    }

    @ApplicationModuleListener(id = "ranking.uncount-cancelled-order", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderCancelled cancelled) {
        uncountOrders.uncount(new UncountCancelledOrderCommand(cancelled.orderId(), cancelled.cancelledAt(),
                sales(cancelled.items())));
    }

    private static List<Sale> sales(List<OrderItem> items) {
        return items.stream().map(item -> new Sale(item.productId(), item.quantity())).toList();
    }
}
