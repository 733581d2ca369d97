/**
 * Conventions shared by every module's events.
 */
package io.surge.shared.events;
