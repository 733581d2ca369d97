package io.surge.ranking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.surge.catalog.events.ProductChanged;
import io.surge.catalog.events.ProductRegistered;
import io.surge.order.events.OrderCancelled;
import io.surge.order.events.OrderCompleted;
import io.surge.order.events.OrderItem;

/**
 * The events ranking consumes, built as the order and catalog modules publish them.
 */
public final class RankingEvents {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** "Today" in the tests: 2026-11-21 in Seoul. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /** Noon of {@link #TODAY} in Seoul (03:00 UTC). */
    public static final Instant NOON = at(TODAY, 12, 0);

    private static final long USER = 7;

    private RankingEvents() {
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(SEOUL).toInstant();
    }

    public static OrderItem item(long productId, int quantity) {
        return new OrderItem(productId, quantity, 1_000);
    }

    public static OrderCompleted completed(long orderId, Instant completedAt, OrderItem... items) {
        long total = List.of(items).stream().mapToLong(item -> item.quantity() * item.unitPrice()).sum();
        return new OrderCompleted(UUID.randomUUID(), orderId, USER, List.of(items), total, 0, total, null,
                completedAt);
    }

    public static OrderCancelled cancelled(OrderCompleted order, Instant cancelledAt) {
        return new OrderCancelled(UUID.randomUUID(), order.orderId(), order.userId(), order.items(),
                order.paidAmount(), cancelledAt);
    }

    public static ProductRegistered registered(long productId, String name, long price, Instant at) {
        return new ProductRegistered(UUID.randomUUID(), productId, name, price, at);
    }

    public static ProductChanged changed(long productId, String name, long price, Instant at) {
        return new ProductChanged(UUID.randomUUID(), productId, name, price, at);
    }
}
