package io.surge.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import io.surge.catalog.domain.ReservationOutcome.Status;
import org.junit.jupiter.api.Test;

class ReservationOutcomeTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void namesTheThreeOutcomes() {
        assertThat(ReservationOutcome.reserved(1, NOW).status()).isEqualTo(Status.RESERVED);
        ReservationOutcome rejected = ReservationOutcome.rejected(1, RejectionReason.INSUFFICIENT_STOCK, 9, NOW);
        assertThat(rejected.isRejected()).isTrue();
        assertThat(rejected.productId()).isEqualTo(9);
        ReservationOutcome tombstone = ReservationOutcome.releasedBeforeReserving(1, NOW);
        assertThat(tombstone.status()).isEqualTo(Status.RELEASED);
        assertThat(tombstone.releasedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyARejectionHasAReasonAndAProduct() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReservationOutcome(1, Status.REJECTED, null, null, NOW, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReservationOutcome(1, Status.RESERVED, RejectionReason.PRODUCT_NOT_FOUND, 3L, NOW, null));
    }

    @Test
    void onlyAReleaseHasAReleaseTime() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReservationOutcome(1, Status.RELEASED, null, null, NOW, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReservationOutcome(1, Status.RESERVED, null, null, NOW, NOW));
    }
}
