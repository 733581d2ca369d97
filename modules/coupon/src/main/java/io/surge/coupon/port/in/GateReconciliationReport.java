package io.surge.coupon.port.in;

/**
 * What one reconciliation run did: the gates it checked, the lost admissions it removed, the winners it put back.
 */
public record GateReconciliationReport(int gates, int lostAdmissionsRemoved, int missingWinnersAdded) {

    public GateReconciliationReport plus(GateReconciliationReport other) {
        return new GateReconciliationReport(gates + other.gates, lostAdmissionsRemoved + other.lostAdmissionsRemoved,
                missingWinnersAdded + other.missingWinnersAdded);
    }
}
