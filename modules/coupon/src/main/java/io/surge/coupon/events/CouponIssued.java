package io.surge.coupon.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

import org.springframework.modulith.events.Externalized;

/**
 * A user won a coupon. Streamed to {@code surge.coupon.issued}, keyed by coupon.
 */
@Externalized(CouponIssued.TOPIC + "::#{couponId()}")
public record CouponIssued(UUID eventId, long couponId, long userCouponId, long userId, Instant issuedAt)
        implements SurgeEvent {

    /** The Kafka topic the data platform reads these from (API.md). */
    public static final String TOPIC = "surge.coupon.issued";
}
