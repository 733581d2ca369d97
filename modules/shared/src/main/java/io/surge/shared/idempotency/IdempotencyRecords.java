package io.surge.shared.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage of idempotency records. Every method is a single atomic statement.
 */
public interface IdempotencyRecords {

    /** Inserts an in-progress record; false when one exists for (user, key). */
    boolean claim(long userId, String key, String requestFingerprint, Instant now, Instant lockedUntil,
            Instant expiresAt);

    Optional<IdempotencyRecord> find(long userId, String key);

    /** Takes over an in-progress record whose lease ran out; false when someone else did first. */
    boolean renewLease(long userId, String key, Instant expiredLease, Instant lockedUntil);

    /** Records, in the effect's transaction, the id of what the request created. */
    void attachResource(long userId, String key, long resourceId);

    void complete(long userId, String key, StoredResponse response);

    /**
     * Forgets an in-progress key so the client may retry, unless the request's effect already committed: then
     * the key stays claimed and a retry after the lease only builds the response.
     */
    void release(long userId, String key);

    void deleteExpired(long userId, String key, Instant now);

    int purgeExpired(Instant now);
}
