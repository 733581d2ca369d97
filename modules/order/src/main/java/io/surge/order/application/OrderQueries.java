package io.surge.order.application;

import io.surge.order.domain.Order;
import io.surge.order.port.in.GetOrderQuery;
import io.surge.order.port.out.OrderRepository;
import io.surge.shared.access.ActingUser;
import io.surge.shared.error.BusinessException;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrderQueries implements GetOrderQuery {

    private final OrderRepository orders;

    OrderQueries(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Order order(long orderId, ActingUser viewer) {
        return orders.find(orderId).filter(order -> viewer.mayAccessWhatIsOwnedBy(order.userId()))
                .orElseThrow(() -> notFound(orderId));
    }

    @Override
    public Page<Order> ordersOf(long userId, PageRequest page) {
        return orders.findByUserNewestFirst(userId, page);
    }

    /** The same answer for an order that does not exist and one of another user: existence is not revealed. */
    static BusinessException notFound(long orderId) {
        return new BusinessException("ORDER_NOT_FOUND", BusinessException.Category.NOT_FOUND,
                "Order " + orderId + " does not exist.");
    }
}
