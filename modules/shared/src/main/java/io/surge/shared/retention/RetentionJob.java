package io.surge.shared.retention;

import java.util.List;

import io.surge.shared.scheduling.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges every module's {@link ExpiredRows} every {@code surge.retention.interval}, table after table, on one instance
 * at a time (ADR 0017, 0018): two purges at once would only queue on the same rows. The modules own their tables and
 * how their rows expire; when and how much is deleted is decided here, once.
 */
@Component
class RetentionJob {

    private static final String JOB = "shared.purge-expired-rows";

    private final List<ExpiredRows> tables;
    private final Purges purges;
    private final JobRuns runs;

    RetentionJob(List<ExpiredRows> tables, Purges purges, JobRuns runs) {
        this.tables = tables;
        this.purges = purges;
        this.runs = runs;
    }

    @Scheduled(fixedDelayString = "${surge.retention.interval}", initialDelayString = "${surge.retention.interval}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${surge.retention.lock-at-least-for}",
            lockAtMostFor = "${surge.retention.lock-at-most-for}")
    void purge() {
        runs.count(JOB);
        tables.forEach(expired -> purges.purge(expired.table(), expired.deleteBatch()));
    }
}
