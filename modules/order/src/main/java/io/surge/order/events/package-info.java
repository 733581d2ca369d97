/**
 * The order module's published facts. {@link io.surge.order.events.OrderCompleted} and
 * {@link io.surge.order.events.OrderCancelled} are the data platform's feed on Kafka.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package io.surge.order.events;
