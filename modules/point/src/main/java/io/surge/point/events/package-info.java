/**
 * The point module's published contract: facts it reports and the requests it serves.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package io.surge.point.events;
