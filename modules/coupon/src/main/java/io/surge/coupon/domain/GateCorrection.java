package io.surge.coupon.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What reconciling a coupon's issue gate with MySQL changes (ADR 0008).
 * <ul>
 * <li>{@code lostAdmissions}: users the gate admitted longer than the grace period ago who hold no coupon. Their
 * request died between the gate and the commit (a crash, a failed give-back), so their slot goes back.
 * Younger admissions may still be committing and are left alone.</li>
 * <li>{@code missingWinners}: users who hold a coupon the gate does not know of (admitted before Redis lost the
 * gate, committed after it was rebuilt). They are put back, with the time they were issued.</li>
 * </ul>
 * Both map a user id to the admission's (or issue's) time.
 */
public record GateCorrection(Map<Long, Instant> lostAdmissions, Map<Long, Instant> missingWinners) {

    public GateCorrection {
        lostAdmissions = Map.copyOf(lostAdmissions);
        missingWinners = Map.copyOf(missingWinners);
    }

    /**
     * @param admitted the gate's admissions: user id → when admitted
     * @param issued MySQL's winners: user id → when issued
     */
    public static GateCorrection between(Map<Long, Instant> admitted, Map<Long, Instant> issued, Instant now,
            Duration grace) {
        Instant admittedBefore = now.minus(grace);
        Map<Long, Instant> lost = new HashMap<>();
        admitted.forEach((userId, admittedAt) -> {
            if (!issued.containsKey(userId) && admittedAt.isBefore(admittedBefore)) {
                lost.put(userId, admittedAt);
            }
        });
        Map<Long, Instant> missing = new HashMap<>();
        issued.forEach((userId, issuedAt) -> {
            if (!admitted.containsKey(userId)) {
                missing.put(userId, issuedAt);
            }
        });
        return new GateCorrection(lost, missing);
    }

    public boolean isEmpty() {
        return lostAdmissions.isEmpty() && missingWinners.isEmpty();
    }
}
