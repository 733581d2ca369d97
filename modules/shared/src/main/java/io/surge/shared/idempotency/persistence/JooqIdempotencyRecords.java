package io.surge.shared.idempotency.persistence;

import static io.surge.shared.idempotency.persistence.jooq.Tables.IDEMPOTENCY_RECORD;

import java.time.Instant;
import java.util.Optional;

import io.surge.shared.idempotency.IdempotencyRecord;
import io.surge.shared.idempotency.IdempotencyRecords;
import io.surge.shared.idempotency.StoredResponse;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
class JooqIdempotencyRecords implements IdempotencyRecords {

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";
    private static final String PROBLEM = "PROBLEM";

    private final DSLContext dsl;

    JooqIdempotencyRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean claim(long userId, String key, String requestFingerprint, Instant now, Instant lockedUntil,
            Instant expiresAt, String owner) {
        try {
            return dsl.insertInto(IDEMPOTENCY_RECORD)
                    .set(IDEMPOTENCY_RECORD.USER_ID, userId)
                    .set(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY, key)
                    .set(IDEMPOTENCY_RECORD.REQUEST_FINGERPRINT, requestFingerprint)
                    .set(IDEMPOTENCY_RECORD.STATUS, IN_PROGRESS)
                    .set(IDEMPOTENCY_RECORD.LOCKED_UNTIL, lockedUntil)
                    .set(IDEMPOTENCY_RECORD.LEASE_OWNER, owner)
                    .set(IDEMPOTENCY_RECORD.CREATED_AT, now)
                    .set(IDEMPOTENCY_RECORD.EXPIRES_AT, expiresAt)
                    .execute() == 1;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    @Override
    public Optional<IdempotencyRecord> find(long userId, String key) {
        return dsl.selectFrom(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.USER_ID.eq(userId), IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional(row -> new IdempotencyRecord(row.getUserId(), row.getIdempotencyKey(),
                        row.getRequestFingerprint(), row.getResourceId(),
                        IN_PROGRESS.equals(row.getStatus()) ? null
                                : new StoredResponse(row.getResponseStatus(), row.getResponseBody(),
                                        PROBLEM.equals(row.getStatus()), row.getResponseLocation()),
                        row.getLockedUntil(), row.getExpiresAt()));
    }

    @Override
    public boolean renewLease(long userId, String key, Instant expiredLease, Instant lockedUntil, String owner) {
        return dsl.update(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.LOCKED_UNTIL, lockedUntil)
                .set(IDEMPOTENCY_RECORD.LEASE_OWNER, owner)
                .where(IDEMPOTENCY_RECORD.USER_ID.eq(userId), IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key),
                        IDEMPOTENCY_RECORD.STATUS.eq(IN_PROGRESS),
                        IDEMPOTENCY_RECORD.LOCKED_UNTIL.eq(expiredLease))
                .execute() == 1;
    }

    @Override
    public boolean attachResource(long userId, String key, String owner, long resourceId) {
        return dsl.update(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.RESOURCE_ID, resourceId)
                .where(owned(userId, key, owner))
                .execute() == 1;
    }

    @Override
    public boolean complete(long userId, String key, String owner, StoredResponse response) {
        return dsl.update(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.STATUS, response.problem() ? PROBLEM : COMPLETED)
                .set(IDEMPOTENCY_RECORD.RESPONSE_STATUS, response.status())
                .set(IDEMPOTENCY_RECORD.RESPONSE_BODY, response.body())
                .set(IDEMPOTENCY_RECORD.RESPONSE_LOCATION, response.location())
                .where(owned(userId, key, owner))
                .execute() == 1;
    }

    @Override
    public void release(long userId, String key, String owner) {
        dsl.deleteFrom(IDEMPOTENCY_RECORD)
                .where(owned(userId, key, owner), IDEMPOTENCY_RECORD.RESOURCE_ID.isNull())
                .execute();
    }

    /** The in-progress record of (user, key), as long as {@code owner} holds its lease. */
    private static Condition owned(long userId, String key, String owner) {
        return IDEMPOTENCY_RECORD.USER_ID.eq(userId).and(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .and(IDEMPOTENCY_RECORD.STATUS.eq(IN_PROGRESS)).and(IDEMPOTENCY_RECORD.LEASE_OWNER.eq(owner));
    }

    @Override
    public void deleteExpired(long userId, String key, Instant now) {
        dsl.deleteFrom(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.USER_ID.eq(userId), IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key),
                        IDEMPOTENCY_RECORD.EXPIRES_AT.le(now))
                .execute();
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        return dsl.deleteFrom(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.EXPIRES_AT.le(now))
                .orderBy(IDEMPOTENCY_RECORD.EXPIRES_AT)
                .limit(limit)
                .execute();
    }
}
