package io.surge.order.domain;

/**
 * An order's status as API.md defines it.
 */
public enum OrderStatus {
    PENDING, COMPLETED, FAILED, CANCELLED
}
