package io.surge.shared.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage of idempotency records. Every method is a single atomic statement. An in-progress record's lease has an
 * owner (the attempt that claimed it); what an attempt writes afterwards only takes effect while it still owns it.
 */
public interface IdempotencyRecords {

    /** Inserts an in-progress record leased to {@code owner}; false when one exists for (user, key). */
    boolean claim(long userId, String key, String requestFingerprint, Instant now, Instant lockedUntil,
            Instant expiresAt, String owner);

    Optional<IdempotencyRecord> find(long userId, String key);

    /** Takes over, for {@code owner}, an in-progress record whose lease ran out; false when someone else did first. */
    boolean renewLease(long userId, String key, Instant expiredLease, Instant lockedUntil, String owner);

    /** Records, in the effect's transaction, the id of what the request created; false when not the owner. */
    boolean attachResource(long userId, String key, String owner, long resourceId);

    /** Stores the response of the owner's attempt; false when the lease is someone else's (or already done). */
    boolean complete(long userId, String key, String owner, StoredResponse response);

    /**
     * Forgets the owner's in-progress key so the client may retry, unless the request's effect already committed:
     * then the key stays claimed and a retry after the lease only builds the response.
     */
    void release(long userId, String key, String owner);

    void deleteExpired(long userId, String key, Instant now);

    /** Deletes at most {@code limit} records expired at {@code now}, the longest expired first; returns how many. */
    int purgeExpired(Instant now, int limit);
}
