package io.surge.order.domain;

/**
 * Where an order's saga stands. The client sees only {@link OrderStatus}.
 */
public enum SagaState {

    PRICING(OrderStatus.PENDING),
    REDEEMING_COUPON(OrderStatus.PENDING),
    PAYING(OrderStatus.PENDING),
    RESERVING_STOCK(OrderStatus.PENDING),
    COMPLETED(OrderStatus.COMPLETED),
    /** Refused; undoing what was done before it can be called FAILED. */
    COMPENSATING(OrderStatus.PENDING),
    FAILED(OrderStatus.FAILED),
    /** Cancellation requested; restoring, refunding and releasing. */
    CANCELLING(OrderStatus.COMPLETED),
    CANCELLED(OrderStatus.CANCELLED);

    private final OrderStatus status;

    SagaState(OrderStatus status) {
        this.status = status;
    }

    public OrderStatus status() {
        return status;
    }

    /** No step of the saga is running or pending. */
    public boolean isSettled() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
