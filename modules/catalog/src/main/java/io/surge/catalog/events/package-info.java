/**
 * The catalog module's published contract (events it publishes and requests it serves); filled in by its issue.
 */
@org.springframework.modulith.NamedInterface("events")
package io.surge.catalog.events;
