package io.surge.point.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

import org.springframework.modulith.events.Externalized;

/**
 * A user charged their wallet. Streamed to {@code surge.point.charged}, keyed by user.
 */
@Externalized(PointsCharged.TOPIC + "::#{userId()}")
public record PointsCharged(UUID eventId, long userId, long amount, long balanceAfter, long entryId,
        Instant chargedAt) implements SurgeEvent {

    /** The Kafka topic the data platform reads these from (API.md). */
    public static final String TOPIC = "surge.point.charged";
}
