package io.surge.shared.idempotency;

import java.time.Clock;

import io.surge.shared.scheduling.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keys are kept for the retention period (24 h by default), then forgotten: every ten minutes the expired records
 * are deleted, by one instance (ADR 0017). Two purges at once would only queue on the same rows' locks.
 */
@Component
class IdempotencyPurgeJob {

    private static final String JOB = "shared.purge-idempotency-keys";

    private final IdempotencyRecords records;
    private final JobRuns runs;
    private final Clock clock;

    IdempotencyPurgeJob(IdempotencyRecords records, JobRuns runs, Clock clock) {
        this.records = records;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Held at least half the interval: instances whose schedules lie close together purge once, and the next purge
     * of any instance still comes within the interval. Held at most the interval: far above the purge, one
     * {@code DELETE} bounded by the 15 s statement timeout (ADR 0016), and a dead instance delays it by one round.
     */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${surge.idempotency.purge-lock-at-least-for:PT5M}",
            lockAtMostFor = "${surge.idempotency.purge-lock-at-most-for:PT10M}")
    void purgeExpired() {
        runs.count(JOB);
        records.purgeExpired(clock.instant());
    }
}
