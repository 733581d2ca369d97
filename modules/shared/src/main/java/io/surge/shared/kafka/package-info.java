/**
 * The platform's own Kafka wiring, the only place outside the modules' event adapters that may name Kafka: the
 * modules' topics are created once the broker answers, never on the start-up path (ADR 0016).
 */
@org.jspecify.annotations.NullMarked
package io.surge.shared.kafka;
