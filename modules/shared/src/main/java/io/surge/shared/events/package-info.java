/**
 * Conventions shared by every module's events.
 */
@org.jspecify.annotations.NullMarked
package io.surge.shared.events;
