package io.surge.order.port.in;

import io.surge.order.domain.Order;
import io.surge.shared.access.ActingUser;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;

public interface GetOrderQuery {

    /**
     * @param viewer who asks: the order's owner or an admin sees it; to anyone else it does not exist
     * @throws io.surge.shared.error.BusinessException {@code ORDER_NOT_FOUND}, also for an order of another user
     */
    Order order(long orderId, ActingUser viewer);

    /** A page of the user's orders, newest first: the keys of {@code page} are order ids. */
    Page<Order> ordersOf(long userId, PageRequest page);
}
