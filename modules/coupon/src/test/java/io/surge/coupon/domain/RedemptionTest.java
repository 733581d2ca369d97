package io.surge.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RedemptionTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void aRestoredRedemptionStillAnswersRedeemed() {
        assertThat(Redemption.redeemed(1, 5, 7, 1_000, NOW).wasRedeemed()).isTrue();
        assertThat(new Redemption(1, 5, 7L, Redemption.Outcome.RESTORED, 1_000, null, NOW).wasRedeemed()).isTrue();
        assertThat(Redemption.rejected(1, 5, 7L, RejectionReason.EXPIRED, NOW).wasRedeemed()).isFalse();
    }

    @Test
    void aRejectionHasAReasonAndNoDiscount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Redemption(1, 5, 7L, Redemption.Outcome.REJECTED, 0, null, NOW));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Redemption(1, 5, 7L, Redemption.Outcome.REJECTED, 10, RejectionReason.EXPIRED, NOW));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Redemption(1, 5, 7L, Redemption.Outcome.REDEEMED, 10, RejectionReason.EXPIRED, NOW));
    }
}
