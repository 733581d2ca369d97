package io.surge.shared.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * Every event a module publishes: an immutable record of ids and primitives with a unique {@code eventId}
 * (consumers de-duplicate by it: delivery is at-least-once) and the instant it happened, named for what
 * happened ({@code chargedAt}, {@code completedAt}, ...) because those names are part of the Kafka contract.
 */
public interface SurgeEvent extends DomainEvent {

    UUID eventId();
}
