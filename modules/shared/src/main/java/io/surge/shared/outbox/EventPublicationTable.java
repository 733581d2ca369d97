package io.surge.shared.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statements the outbox writes itself against Spring Modulith's {@code EVENT_PUBLICATION} table (schema v2), for
 * many publications at once where Modulith's repository commits one at a time. Plain JDBC, as Modulith's own
 * repository. Claims lock with {@code SKIP LOCKED}, so instances sharing the table never claim the same publication.
 * Writes address rows by primary key, one statement per row in one JDBC batch and one transaction: a lookup by
 * primary key locks the row it finds and nothing else, where {@code ID IN (...)} on this small, busy table is planned
 * as a full scan whose next-key locks deadlock with the business transactions inserting publications. Everything
 * runs in READ COMMITTED, so rows that are scanned but not due are not kept locked.
 */
class EventPublicationTable {

    private static final String COLUMNS = """
            ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE""";

    private static final String DUE_FAILURES = """
            SELECT %s
              FROM EVENT_PUBLICATION
             WHERE STATUS = 'FAILED' AND COMPLETION_ATTEMPTS < ? AND PUBLICATION_DATE < ?
               AND TIMESTAMPADD(MICROSECOND, LEAST(? << LEAST(GREATEST(COMPLETION_ATTEMPTS - 1, 0), 20), ?),
                                COALESCE(LAST_RESUBMISSION_DATE, PUBLICATION_DATE)) <= ?
             ORDER BY PUBLICATION_DATE
             LIMIT ?
               FOR UPDATE SKIP LOCKED""".formatted(COLUMNS);

    private static final String EXHAUSTED_FAILURES = """
            SELECT %s
              FROM EVENT_PUBLICATION
             WHERE STATUS = 'FAILED' AND COMPLETION_ATTEMPTS >= ?
             ORDER BY PUBLICATION_DATE
             LIMIT ?
               FOR UPDATE SKIP LOCKED""".formatted(COLUMNS);

    private static final RowMapper<StoredPublication> STORED = (row, number) -> new StoredPublication(
            UUID.fromString(row.getString("ID")), row.getString("LISTENER_ID"), row.getString("EVENT_TYPE"),
            row.getString("SERIALIZED_EVENT"), row.getTimestamp("PUBLICATION_DATE").toInstant(),
            row.getInt("COMPLETION_ATTEMPTS"), row.getTimestamp("LAST_RESUBMISSION_DATE"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    EventPublicationTable(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Completion mode "delete": a completed publication leaves the table. */
    void delete(Collection<UUID> ids) {
        forEach(ids, "DELETE FROM EVENT_PUBLICATION WHERE ID = ?", id -> new Object[] { id.toString() });
    }

    void fail(Collection<UUID> ids) {
        forEach(ids, "UPDATE EVENT_PUBLICATION SET STATUS = 'FAILED' WHERE ID = ? AND STATUS <> 'FAILED'",
                id -> new Object[] { id.toString() });
    }

    /**
     * Claims the oldest failed publications whose back-off has passed (the initial back-off doubled per attempt, up
     * to the maximum) and that have attempts left, as Modulith's {@code markResubmitted} does one by one: status
     * RESUBMITTED, one more attempt, now as the last resubmission. Decided in SQL, so publications that are not due
     * never hide due ones behind them.
     */
    List<StoredPublication> claimDue(int limit, Instant publishedBefore, Instant now, Duration initialBackoff,
            Duration maxBackoff, int maxAttempts) {
        Timestamp claimedAt = Timestamp.from(now);
        return transaction.execute(status -> {
            List<StoredPublication> due = jdbc.query(DUE_FAILURES, STORED, maxAttempts,
                    Timestamp.from(publishedBefore), micros(initialBackoff), micros(maxBackoff), claimedAt, limit);
            forEach(due.stream().map(StoredPublication::id).toList(), """
                    UPDATE EVENT_PUBLICATION SET STATUS = 'RESUBMITTED', COMPLETION_ATTEMPTS = COMPLETION_ATTEMPTS + 1,
                                                 LAST_RESUBMISSION_DATE = ?
                     WHERE ID = ?""", id -> new Object[] { claimedAt, id.toString() });
            return due;
        });
    }

    /** Moves up to {@code limit} failed publications without attempts left to the dead letters; returns them. */
    List<StoredPublication> parkExhausted(int maxAttempts, int limit, Instant now) {
        return transaction.execute(status -> {
            List<StoredPublication> exhausted = jdbc.query(EXHAUSTED_FAILURES, STORED, maxAttempts, limit);
            jdbc.batchUpdate("""
                    INSERT INTO event_publication_dead_letter (id, listener_id, event_type, serialized_event,
                                publication_date, completion_attempts, last_resubmission_date, parked_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", exhausted.stream().map(parked -> new Object[] {
                    parked.id().toString(), parked.listenerId(), parked.eventType(), parked.serializedEvent(),
                    Timestamp.from(parked.publicationDate()), parked.completionAttempts(),
                    parked.lastResubmissionDate(), Timestamp.from(now) }).toList());
            delete(exhausted.stream().map(StoredPublication::id).toList());
            return exhausted;
        });
    }

    /**
     * Incomplete publications: with completion mode "delete" every row. One pass over the (STATUS, PUBLICATION_DATE)
     * index, which covers both aggregates; its cost grows with the backlog, so {@link OutboxBacklog} caches it.
     */
    OutboxBacklog.Snapshot backlog() {
        return jdbc.queryForObject("SELECT COUNT(*), MIN(PUBLICATION_DATE) FROM EVENT_PUBLICATION", (row, number) -> {
            Timestamp oldest = row.getTimestamp(2);
            return new OutboxBacklog.Snapshot(row.getLong(1), oldest == null ? null : oldest.toInstant());
        });
    }

    /** Deletes at most {@code limit} dead letters parked before {@code cutoff}, oldest first; returns how many. */
    int deleteParkedBefore(Instant cutoff, int limit) {
        return transaction.execute(status -> jdbc.update(
                "DELETE FROM event_publication_dead_letter WHERE parked_at < ? ORDER BY parked_at LIMIT ?",
                Timestamp.from(cutoff), limit));
    }

    long countParked() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication_dead_letter", Long.class);
    }

    private void forEach(Collection<UUID> ids, String sql, Function<UUID, Object[]> parameters) {
        if (!ids.isEmpty()) {
            transaction.executeWithoutResult(
                    status -> jdbc.batchUpdate(sql, ids.stream().map(parameters).toList()));
        }
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }

    /** A publication as stored, its event still serialized. */
    record StoredPublication(UUID id, String listenerId, String eventType, String serializedEvent,
            Instant publicationDate, int completionAttempts, @Nullable Timestamp lastResubmissionDate) {
    }
}
