package io.surge.shared.idempotency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What is known about one (user, key): the request it was first used with, the id of what its effect created
 * (for requests answered after their effect commits) and, once done, the response.
 */
public record IdempotencyRecord(long userId, String key, String requestFingerprint, @Nullable Long resourceId,
        @Nullable StoredResponse response, Instant lockedUntil, Instant expiresAt) {

    boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    boolean isCompleted() {
        return response != null;
    }

    boolean isLeaseExpiredAt(Instant now) {
        return !lockedUntil.isAfter(now);
    }
}
