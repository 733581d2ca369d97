package io.surge.coupon.adapter.in.scheduling;

import io.surge.coupon.port.in.ReconcileCouponGatesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reconciles the issue gates with MySQL every {@code surge.coupon.gate.reconcile-interval} (default one minute).
 * Every instance may run it: a gate being reconciled elsewhere is skipped.
 */
@Component
class CouponGateReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(CouponGateReconciliationJob.class);

    private final ReconcileCouponGatesUseCase reconcileGates;

    CouponGateReconciliationJob(ReconcileCouponGatesUseCase reconcileGates) {
        this.reconcileGates = reconcileGates;
    }

    @Scheduled(fixedDelayString = "${surge.coupon.gate.reconcile-interval:PT1M}",
            initialDelayString = "${surge.coupon.gate.reconcile-interval:PT1M}")
    void reconcile() {
        try {
            reconcileGates.reconcile();
        } catch (RuntimeException failed) {
            // Redis or MySQL unreachable: the next run tries again
            log.warn("Coupon gate reconciliation failed: {}", failed.getMessage());
        }
    }
}
