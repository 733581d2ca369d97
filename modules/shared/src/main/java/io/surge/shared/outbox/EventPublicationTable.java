package io.surge.shared.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statements the outbox writes itself against Spring Modulith's {@code EVENT_PUBLICATION} table (schema v2), each
 * for many publications at once, where Modulith's repository has one statement per publication. Plain JDBC, as
 * Modulith's own repository. Claims lock with {@code SKIP LOCKED}, so instances sharing the table never claim the
 * same publication, and run in READ COMMITTED, so rows that are scanned but not due are not kept locked.
 */
class EventPublicationTable {

    private static final String DUE_FAILURES = """
            SELECT ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, COMPLETION_ATTEMPTS
              FROM EVENT_PUBLICATION
             WHERE STATUS = 'FAILED' AND COMPLETION_ATTEMPTS < ? AND PUBLICATION_DATE < ?
               AND TIMESTAMPADD(MICROSECOND, LEAST(? << LEAST(GREATEST(COMPLETION_ATTEMPTS - 1, 0), 20), ?),
                                COALESCE(LAST_RESUBMISSION_DATE, PUBLICATION_DATE)) <= ?
             ORDER BY PUBLICATION_DATE
             LIMIT ?
               FOR UPDATE SKIP LOCKED""";

    private static final RowMapper<StoredPublication> STORED = (row, number) -> new StoredPublication(
            UUID.fromString(row.getString("ID")), row.getString("LISTENER_ID"), row.getString("EVENT_TYPE"),
            row.getString("SERIALIZED_EVENT"), row.getTimestamp("PUBLICATION_DATE").toInstant(),
            row.getInt("COMPLETION_ATTEMPTS"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    EventPublicationTable(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Completion mode "delete": a completed publication leaves the table. */
    void delete(Collection<UUID> ids) {
        jdbc.update("DELETE FROM EVENT_PUBLICATION WHERE ID IN " + placeholders(ids), strings(ids));
    }

    void fail(Collection<UUID> ids) {
        jdbc.update("UPDATE EVENT_PUBLICATION SET STATUS = 'FAILED' WHERE STATUS <> 'FAILED' AND ID IN "
                + placeholders(ids), strings(ids));
    }

    /**
     * Claims the oldest failed publications whose back-off has passed (the initial back-off doubled per attempt, up
     * to the maximum) and that have attempts left, as Modulith's {@code markResubmitted} does one by one: status
     * RESUBMITTED, one more attempt, now as the last resubmission. Decided in SQL, so publications that are not due
     * never hide due ones behind them.
     */
    List<StoredPublication> claimDue(int limit, Instant publishedBefore, Instant now, Duration initialBackoff,
            Duration maxBackoff, int maxAttempts) {
        return transaction.execute(status -> {
            List<StoredPublication> due = jdbc.query(DUE_FAILURES, STORED, maxAttempts,
                    Timestamp.from(publishedBefore), micros(initialBackoff),
                    micros(maxBackoff), Timestamp.from(now), limit);
            if (!due.isEmpty()) {
                List<UUID> ids = due.stream().map(StoredPublication::id).toList();
                jdbc.update("""
                        UPDATE EVENT_PUBLICATION SET STATUS = 'RESUBMITTED', COMPLETION_ATTEMPTS = COMPLETION_ATTEMPTS + 1,
                                                     LAST_RESUBMISSION_DATE = ?
                         WHERE ID IN """ + placeholders(ids),
                        parameters(Timestamp.from(now), ids));
            }
            return due;
        });
    }

    /** Moves up to {@code limit} failed publications without attempts left to the dead letters; returns them. */
    List<StoredPublication> parkExhausted(int maxAttempts, int limit, Instant now) {
        return transaction.execute(status -> {
            List<StoredPublication> exhausted = jdbc.query("""
                    SELECT ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, COMPLETION_ATTEMPTS
                      FROM EVENT_PUBLICATION
                     WHERE STATUS = 'FAILED' AND COMPLETION_ATTEMPTS >= ?
                     ORDER BY PUBLICATION_DATE
                     LIMIT ?
                       FOR UPDATE SKIP LOCKED""", STORED, maxAttempts, limit);
            if (!exhausted.isEmpty()) {
                List<UUID> ids = exhausted.stream().map(StoredPublication::id).toList();
                jdbc.update("""
                        INSERT INTO event_publication_dead_letter (id, listener_id, event_type, serialized_event,
                                    publication_date, completion_attempts, last_resubmission_date, parked_at)
                        SELECT ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, COMPLETION_ATTEMPTS,
                               LAST_RESUBMISSION_DATE, ?
                          FROM EVENT_PUBLICATION
                         WHERE ID IN """ + placeholders(ids),
                        parameters(Timestamp.from(now), ids));
                delete(ids);
            }
            return exhausted;
        });
    }

    long countParked() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication_dead_letter", Long.class);
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }

    private static String placeholders(Collection<?> values) {
        return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
    }

    private static Object[] strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray();
    }

    private static Object[] parameters(Object first, Collection<UUID> ids) {
        return Stream.concat(Stream.of(first), ids.stream().map(UUID::toString)).toArray();
    }

    /** A publication as stored, its event still serialized. */
    record StoredPublication(UUID id, String listenerId, String eventType, String serializedEvent,
            Instant publicationDate, int completionAttempts) {
    }
}
