/**
 * The catalog module's published contract: facts it reports and the requests it serves.
 */
@org.springframework.modulith.NamedInterface("events")
package io.surge.catalog.events;
