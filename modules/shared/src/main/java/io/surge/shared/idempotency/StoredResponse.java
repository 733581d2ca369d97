package io.surge.shared.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * A response exactly as it was first sent: status, JSON body and, for creations, its {@code Location}.
 */
public record StoredResponse(int status, String body, boolean problem, @Nullable String location) {
}
