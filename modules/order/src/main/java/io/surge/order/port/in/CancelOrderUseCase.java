package io.surge.order.port.in;

public interface CancelOrderUseCase {

    /**
     * Starts undoing a COMPLETED order: refund its points, release its stock, restore its coupon.
     *
     * @throws io.surge.shared.error.BusinessException {@code ORDER_NOT_FOUND}, or {@code ORDER_NOT_CANCELLABLE}
     *         for any order that is not COMPLETED
     */
    void cancel(long orderId);
}
