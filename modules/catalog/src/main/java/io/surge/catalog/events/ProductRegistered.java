package io.surge.catalog.events;

import java.time.Instant;
import java.util.UUID;

import io.surge.shared.events.SurgeEvent;

/**
 * A product was added to the catalog.
 */
public record ProductRegistered(UUID eventId, long productId, String name, long price, Instant registeredAt)
        implements SurgeEvent {
}
