package io.surge.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GateCorrectionTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    private static final Duration GRACE = Duration.ofSeconds(30);

    @Test
    void freesOldAdmissionsWithoutACouponAndPutsBackWinnersTheGateLost() {
        Map<Long, Instant> admitted = Map.of(
                1L, NOW.minusSeconds(300), // committed winner
                2L, NOW.minusSeconds(31), // lost: no coupon, older than the grace period
                3L, NOW.minusSeconds(29)); // still in flight
        Map<Long, Instant> issued = Map.of(
                1L, NOW.minusSeconds(300),
                4L, NOW.minusSeconds(60)); // committed after Redis lost the gate

        GateCorrection correction = GateCorrection.between(admitted, issued, NOW, GRACE);

        assertThat(correction.lostAdmissions()).containsOnlyKeys(2L);
        assertThat(correction.missingWinners()).containsExactlyEntriesOf(Map.of(4L, NOW.minusSeconds(60)));
        assertThat(correction.isEmpty()).isFalse();
    }

    @Test
    void aGateThatAgreesWithMySqlNeedsNothing() {
        Map<Long, Instant> same = Map.of(1L, NOW.minusSeconds(100), 2L, NOW.minusSeconds(50));

        assertThat(GateCorrection.between(same, same, NOW, GRACE).isEmpty()).isTrue();
    }
}
