package io.surge.order.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.surge.order.domain.Order;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The orders whose saga runs to its end inside the current transaction: placed or cancelled here, with every
 * reply delivered synchronously (ADR 0013). A reply finds the very instance the step was sent for, instead of
 * reading and locking the row again, and the service that began the saga stores the order once, when it is over.
 */
@Component
class LocalSagas {

    private static final Object KEY = LocalSagas.class;

    /** Runs {@code order}'s saga in the current transaction; forgotten when the transaction ends. */
    Order begin(Order order) {
        current(true).put(order.orderId(), order);
        return order;
    }

    Optional<Order> find(long orderId) {
        Map<Long, Order> current = current(false);
        return current == null ? Optional.empty() : Optional.ofNullable(current.get(orderId));
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Map<Long, Order> current(boolean create) {
        Map<Long, Order> orders = (Map<Long, Order>) TransactionSynchronizationManager.getResource(KEY);
        if (orders == null && create) {
            orders = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, orders);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return orders;
    }
}
