package io.surge.ranking.adapter.in.scheduling;

import io.surge.ranking.port.in.PurgeExpiredRowsUseCase;
import io.surge.shared.retention.Purges;
import io.surge.shared.scheduling.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges the ranking's expired rows every {@code surge.retention.interval}, on one instance at a time
 * (ADR 0017, 0018): two purges at once would only queue on the same rows.
 */
@Component
class RankingRetentionJob {

    private static final String JOB = "ranking.purge-expired-rows";

    private final PurgeExpiredRowsUseCase purgeExpiredRows;
    private final Purges purges;
    private final JobRuns runs;

    RankingRetentionJob(PurgeExpiredRowsUseCase purgeExpiredRows, Purges purges, JobRuns runs) {
        this.purgeExpiredRows = purgeExpiredRows;
        this.purges = purges;
        this.runs = runs;
    }

    /** Held as every retention job's lock is, for the reasons in ADR 0018. */
    @Scheduled(fixedDelayString = "${surge.retention.interval}", initialDelayString = "${surge.retention.interval}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${surge.retention.lock-at-least-for}",
            lockAtMostFor = "${surge.retention.lock-at-most-for}")
    void purge() {
        runs.count(JOB);
        purges.purge("ranking_order", purgeExpiredRows::purgeCountedOrders);
        purges.purge("ranking_daily_sales", purgeExpiredRows::purgeDailySales);
        purges.purge("ranking_sales_day", purgeExpiredRows::purgeSalesDays);
    }
}
