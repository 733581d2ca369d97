/**
 * The {@code Idempotency-Key} contract of API.md, usable by any POST endpoint: the first response for a
 * (user, key) is stored and replayed; the same key with another request is refused (422); a key whose first
 * request still runs is refused (409). The stored response commits in the same transaction as the request's
 * effect, so a 2xx is never replayed for an effect that did not happen, nor repeated for one that did.
 */
@org.jspecify.annotations.NullMarked
package io.surge.shared.idempotency;
