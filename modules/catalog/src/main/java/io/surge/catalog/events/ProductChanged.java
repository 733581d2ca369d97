package io.surge.catalog.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * A product's name or price changed; carries both as they are now.
 */
public record ProductChanged(UUID eventId, long productId, String name, long price, Instant changedAt)
        implements SurgeEvent {
}
