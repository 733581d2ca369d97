package io.surge.order.port.in;

import io.surge.order.domain.Order;

public interface CancelOrderUseCase {

    /**
     * Undoes a COMPLETED order in one transaction: restores its coupon, refunds its points, releases its stock.
     *
     * @return the order, CANCELLED
     * @throws io.surge.shared.error.BusinessException {@code ORDER_NOT_FOUND}, or {@code ORDER_NOT_CANCELLABLE}
     *         for any order that is not COMPLETED
     */
    Order cancel(long orderId);
}
