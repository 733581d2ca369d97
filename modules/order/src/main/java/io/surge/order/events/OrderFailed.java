package io.surge.order.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * An order could not be completed and whatever its saga had done was undone. {@code reason}:
 * {@code INSUFFICIENT_STOCK}, {@code PRODUCT_NOT_FOUND}, {@code COUPON_NOT_USABLE} or {@code INSUFFICIENT_POINTS}.
 */
public record OrderFailed(UUID eventId, long orderId, long userId, String reason, Instant failedAt)
        implements SurgeEvent {
}
