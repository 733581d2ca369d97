package io.surge.order.port.in;

import java.util.List;

import io.surge.order.domain.Order;
import io.surge.shared.access.ActingUser;
import org.jspecify.annotations.Nullable;

public interface GetOrderQuery {

    /**
     * @param viewer who asks: the order's owner or an admin sees it; to anyone else it does not exist
     * @throws io.surge.shared.error.BusinessException {@code ORDER_NOT_FOUND}, also for an order of another user
     */
    Order order(long orderId, ActingUser viewer);

    /** At most {@code limit} of the user's orders, newest first, after {@code beforeOrderId} if given. */
    List<Order> ordersOf(long userId, @Nullable Long beforeOrderId, int limit);
}
