package io.surge.order.port.in;

import java.util.List;

import io.surge.order.domain.Order;
import org.jspecify.annotations.Nullable;

public interface GetOrderQuery {

    /** @throws io.surge.shared.error.BusinessException {@code ORDER_NOT_FOUND} */
    Order order(long orderId);

    /** At most {@code limit} of the user's orders, newest first, after {@code beforeOrderId} if given. */
    List<Order> ordersOf(long userId, @Nullable Long beforeOrderId, int limit);
}
