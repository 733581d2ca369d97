package io.surge.coupon.adapter.in.scheduling;

import io.surge.coupon.port.in.ReconcileCouponGatesUseCase;
import io.surge.shared.scheduling.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reconciles the issue gates with MySQL every {@code surge.coupon.gate.reconcile-interval} (default one minute).
 * Every instance schedules it; one at a time runs it (ADR 0017), so each gate and its winners are read once per round,
 * not once per instance. Should two runs overlap all the same, a gate being reconciled elsewhere is skipped.
 */
@Component
class CouponGateReconciliationJob {

    private static final String JOB = "coupon.reconcile-gates";
    private static final Logger log = LoggerFactory.getLogger(CouponGateReconciliationJob.class);

    private final ReconcileCouponGatesUseCase reconcileGates;
    private final JobRuns runs;

    CouponGateReconciliationJob(ReconcileCouponGatesUseCase reconcileGates, JobRuns runs) {
        this.reconcileGates = reconcileGates;
        this.runs = runs;
    }

    /**
     * Held at least half the interval: instances whose schedules lie close together reconcile once, and the next run
     * of any instance still comes within the interval. Held at most 5 min: a run reads every open gate and its
     * winners in batches (ADR 0008), and stays far below that; a dead instance's lock delays reconciliation by
     * that much at most, which only repairs rare losses older than the 30 s admission grace anyway.
     */
    @Scheduled(fixedDelayString = "${surge.coupon.gate.reconcile-interval}",
            initialDelayString = "${surge.coupon.gate.reconcile-interval}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${surge.coupon.gate.reconcile-lock-at-least-for}",
            lockAtMostFor = "${surge.coupon.gate.reconcile-lock-at-most-for}")
    void reconcile() {
        runs.count(JOB);
        try {
            reconcileGates.reconcile();
        } catch (RuntimeException failed) {
            // Redis or MySQL unreachable: the next run tries again
            log.warn("Coupon gate reconciliation failed: {}", failed.getMessage());
        }
    }
}
