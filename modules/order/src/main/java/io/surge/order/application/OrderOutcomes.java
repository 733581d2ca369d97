package io.surge.order.application;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.surge.order.domain.Order;
import io.surge.order.port.in.AwaitOrderQuery;
import io.surge.order.port.out.OrderRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a request wait for its order's saga to settle. The saga signals after the settling transaction commits;
 * the waiter registers before it looks at the database, so a signal is never missed, and it always answers
 * from the database, so a signal from elsewhere (another instance, a restart) is never needed either.
 */
@Service
class OrderOutcomes implements AwaitOrderQuery {

    private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private final OrderRepository orders;

    OrderOutcomes(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Order awaitSettled(long orderId, Duration timeout) {
        CompletableFuture<Void> settled = waiting.computeIfAbsent(orderId, id -> new CompletableFuture<>());
        try {
            Order order = current(orderId);
            if (!order.state().isSettled()) {
                settled.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (TimeoutException stillRunning) {
            // answered from the database below: still running
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        } finally {
            waiting.remove(orderId, settled);
        }
        return current(orderId);
    }

    void settledAfterCommit(long orderId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            signal(orderId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal(orderId);
            }
        });
    }

    private void signal(long orderId) {
        CompletableFuture<Void> settled = waiting.remove(orderId);
        if (settled != null) {
            settled.complete(null);
        }
    }

    private Order current(long orderId) {
        return orders.find(orderId).orElseThrow(() -> OrderQueries.notFound(orderId));
    }
}
