package io.surge.ranking.adapter.in.scheduling;

import io.surge.ranking.port.in.RepairFastPathUseCase;
import io.surge.shared.scheduling.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the days whose Redis copy is known to be wrong every {@code surge.ranking.repair-interval} (default two
 * seconds), so a day that missed a change is served right again within that time even if nobody reads it in
 * between. Every instance schedules it; one at a time runs it (ADR 0017), so the days' rows and Redis keys are read
 * once per round, not once per instance.
 */
@Component
class FastPathRepairJob {

    private static final String JOB = "ranking.repair-fast-path";
    private static final Logger log = LoggerFactory.getLogger(FastPathRepairJob.class);

    private final RepairFastPathUseCase repairFastPath;
    private final JobRuns runs;

    FastPathRepairJob(RepairFastPathUseCase repairFastPath, JobRuns runs) {
        this.repairFastPath = repairFastPath;
        this.runs = runs;
    }

    /**
     * Held at least half the interval: instances whose schedules lie close together repair once, and the next repair
     * of any instance still comes within the interval. Held at most 30 s: above the 15 s a single statement may take
     * (ADR 0016), so a slow repair is not overlapped; a dead instance's lock pauses repairs that long at most, and
     * should one overlap anyway it is harmless (two rebuilds of a day queue on its row, the second finds it current).
     */
    @Scheduled(fixedDelayString = "${surge.ranking.repair-interval}",
            initialDelayString = "${surge.ranking.repair-interval}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${surge.ranking.repair-lock-at-least-for}",
            lockAtMostFor = "${surge.ranking.repair-lock-at-most-for}")
    void repair() {
        runs.count(JOB);
        try {
            int rebuilt = repairFastPath.repair();
            if (rebuilt > 0) {
                log.info("Rebuilt the Redis copy of {} day(s) from MySQL", rebuilt);
            }
        } catch (RuntimeException failed) {
            // Redis or MySQL unreachable: the next run tries again
            log.warn("Ranking fast-path repair failed: {}", failed.getMessage());
        }
    }
}
