package io.surge.shared.idempotency;

import java.time.Clock;

import io.surge.shared.retention.Purges;
import io.surge.shared.scheduling.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keys are kept for the retention period (24 h by default), then forgotten: every {@code surge.retention.interval}
 * (ten minutes) the expired records are deleted in bounded batches (ADR 0018), by one instance (ADR 0017). Two purges at once would only queue on the
 * same rows' locks.
 */
@Component
class IdempotencyPurgeJob {

    private static final String JOB = "shared.purge-idempotency-keys";

    private final IdempotencyRecords records;
    private final Purges purges;
    private final JobRuns runs;
    private final Clock clock;

    IdempotencyPurgeJob(IdempotencyRecords records, Purges purges, JobRuns runs, Clock clock) {
        this.records = records;
        this.purges = purges;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Held at least half the interval: instances whose schedules lie close together purge once, and the next purge
     * of any instance still comes within the interval. Held at most the interval: far above a run, whose batches
     * are bounded in size and number (ADR 0018), and a dead instance delays the purge by one round.
     */
    @Scheduled(fixedDelayString = "${surge.retention.interval}", initialDelayString = "${surge.retention.interval}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${surge.idempotency.purge-lock-at-least-for}",
            lockAtMostFor = "${surge.idempotency.purge-lock-at-most-for}")
    void purgeExpired() {
        runs.count(JOB);
        purges.purge("idempotency_record", limit -> records.purgeExpired(clock.instant(), limit));
    }
}
