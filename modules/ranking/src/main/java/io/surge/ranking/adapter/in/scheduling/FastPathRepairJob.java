package io.surge.ranking.adapter.in.scheduling;

import io.surge.ranking.port.in.RepairFastPathUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the days whose Redis copy is known to be wrong every {@code surge.ranking.repair-interval} (default two
 * seconds), so a day that missed a change is served right again within that time even if nobody reads it in
 * between. Every instance may run it.
 */
@Component
class FastPathRepairJob {

    private static final Logger log = LoggerFactory.getLogger(FastPathRepairJob.class);

    private final RepairFastPathUseCase repairFastPath;

    FastPathRepairJob(RepairFastPathUseCase repairFastPath) {
        this.repairFastPath = repairFastPath;
    }

    @Scheduled(fixedDelayString = "${surge.ranking.repair-interval:PT2S}",
            initialDelayString = "${surge.ranking.repair-interval:PT2S}")
    void repair() {
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
