package io.surge.order.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

import org.springframework.modulith.events.Externalized;

/**
 * A completed order was cancelled: points refunded, stock released, coupon restored if still valid. Streamed
 * to {@code surge.order.cancelled}, keyed by order.
 */
@Externalized(OrderCancelled.TOPIC + "::#{orderId()}")
public record OrderCancelled(UUID eventId, long orderId, long userId, List<OrderItem> items, long refundedAmount,
        Instant cancelledAt) implements SurgeEvent {

    /** The Kafka topic the data platform reads these from (API.md). */
    public static final String TOPIC = "surge.order.cancelled";

    public OrderCancelled {
        items = List.copyOf(items);
    }
}
