package io.surge.order.port.in;

import io.surge.order.domain.Order;
import io.surge.shared.access.ActingUser;

public interface CancelOrderUseCase {

    /**
     * Undoes a COMPLETED order in one transaction: restores its coupon, refunds its points, releases its stock.
     *
     * @param canceller the order's owner or an admin; to anyone else the order does not exist
     * @return the order, CANCELLED
     * @throws io.surge.shared.error.BusinessException {@code ORDER_NOT_FOUND} (also for another user's order), or
     *         {@code ORDER_NOT_CANCELLABLE} for any order that is not COMPLETED
     */
    Order cancel(long orderId, ActingUser canceller);
}
