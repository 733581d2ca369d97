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
@Externalized("surge.order.cancelled::#{orderId()}")
public record OrderCancelled(UUID eventId, long orderId, long userId, List<OrderItem> items, long refundedAmount,
        Instant cancelledAt) implements SurgeEvent {

    public OrderCancelled {
        items = List.copyOf(items);
    }
}
