package io.surge.order.adapter.out.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.surge.order.domain.FailureReason;
import io.surge.order.domain.Order;
import io.surge.order.port.out.OrderMetrics;
import io.surge.shared.metrics.CommittedCount;

import org.springframework.stereotype.Component;

/**
 * {@code surge.orders.placed}, {@code .completed}, {@code .failed{reason}} (a failure reason, the problem code of
 * API.md) and {@code .cancelled}; Prometheus shows them as {@code surge_orders_placed_total}, ... (ADR 0019).
 */
@Component
class MicrometerOrderMetrics implements OrderMetrics, MeterBinder {

    private final CommittedCount placed = new CommittedCount();
    private final CommittedCount completed = new CommittedCount();
    private final Map<FailureReason, CommittedCount> failed = new EnumMap<>(FailureReason.class);
    private final CommittedCount cancelled = new CommittedCount();

    MicrometerOrderMetrics() {
        for (FailureReason reason : FailureReason.values()) {
            failed.put(reason, new CommittedCount());
        }
    }

    @Override
    public void placed(Order order) {
        placed.increment();
        switch (order.status()) {
            case COMPLETED -> completed.increment();
            case FAILED -> failed.get(Objects.requireNonNull(order.failureReason())).increment();
            default -> { } // still running: only if a step were answered asynchronously, never in this process
        }
    }

    @Override
    public void cancelled(Order order) {
        cancelled.increment();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        register(registry, "surge.orders.placed", "Orders placed (completed or failed)", placed);
        register(registry, "surge.orders.completed", "Orders placed and paid", completed);
        failed.forEach((reason, count) -> FunctionCounter.builder("surge.orders.failed", count, CommittedCount::value)
                .description("Orders refused, by the problem code of the refusal")
                .tag("reason", reason.name())
                .register(registry));
        register(registry, "surge.orders.cancelled", "Completed orders cancelled and given back", cancelled);
    }

    private static void register(MeterRegistry registry, String name, String description, CommittedCount count) {
        FunctionCounter.builder(name, count, CommittedCount::value).description(description).register(registry);
    }
}
