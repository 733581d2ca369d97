package io.surge.point.domain;

import java.time.Instant;

/**
 * A payment for an order that was refused, remembered so the answer never changes on redelivery.
 */
public record PaymentRefusal(long orderId, long userId, long amount, Reason reason, Instant refusedAt) {

    public enum Reason {
        /** The wallet held less than the amount. */
        INSUFFICIENT_POINTS,
        /** The order was compensated before its payment request arrived, so it must not be paid any more. */
        ORDER_ALREADY_REFUNDED
    }
}
