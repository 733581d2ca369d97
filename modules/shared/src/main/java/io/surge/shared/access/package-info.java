/**
 * The acting user, as plain Java: what use cases need to know about the caller to keep a user's things their own.
 * How the caller is authenticated is {@code io.surge.shared.security}'s business.
 */
@org.jspecify.annotations.NullMarked
package io.surge.shared.access;
