package io.surge.coupon.port.in;

public interface ReconcileCouponGatesUseCase {

    /**
     * Aligns every open issue gate with MySQL (ADR 0008): frees the slots of admissions that never became a coupon,
     * and puts back winners the gate lost. Runs on a schedule; callable at any time.
     */
    GateReconciliationReport reconcile();
}
