package io.surge.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SalesDayStateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Test
    void aCopyServesTheDayOnlyWhenItIsTheCurrentBuildAndNothingWasMissed() {
        SalesDayState current = new SalesDayState(DAY, 3, false);

        assertThat(current.isServedBy(3L)).isTrue();
        assertThat(current.isServedBy(2L)).isFalse();
        assertThat(current.isServedBy(null)).isFalse();
        assertThat(new SalesDayState(DAY, 3, true).isServedBy(3L)).isFalse();
    }

    @Test
    void aWrongCopyNeedsRepairButAMissingOneWaitsForItsReader() {
        assertThat(new SalesDayState(DAY, 3, true).needsRepair(3L)).isTrue();
        assertThat(new SalesDayState(DAY, 3, true).needsRepair(null)).isTrue();
        assertThat(new SalesDayState(DAY, 3, false).needsRepair(4L)).isTrue();
        assertThat(new SalesDayState(DAY, 3, false).needsRepair(3L)).isFalse();
        assertThat(new SalesDayState(DAY, 3, false).needsRepair(null)).isFalse();
    }
}
