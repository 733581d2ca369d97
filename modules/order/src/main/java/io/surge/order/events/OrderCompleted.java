package io.surge.order.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * An order was paid: stock reserved, coupon (if any) used, points taken. Streamed to
 * {@code surge.order.completed}, keyed by order.
 */
@Externalized(OrderCompleted.TOPIC + "::#{orderId()}")
public record OrderCompleted(UUID eventId, long orderId, long userId, List<OrderItem> items, long totalAmount,
        long discountAmount, long paidAmount, @Nullable Long userCouponId, Instant completedAt)
        implements SurgeEvent {

    /** The Kafka topic the data platform reads these from (API.md). */
    public static final String TOPIC = "surge.order.completed";

    public OrderCompleted {
        items = List.copyOf(items);
    }
}
