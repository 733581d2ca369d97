package io.surge.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.surge.shared.error.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SalesWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 7, 30 })
    void aWindowOfNDaysHoldsExactlyNDaysEndingToday(int days) {
        SalesWindow window = SalesWindow.endingOn(TODAY, days);

        assertThat(window.days()).hasSize(days).endsWith(TODAY).doesNotHaveDuplicates();
        assertThat(window.days().getFirst()).isEqualTo(TODAY.minusDays(days - 1));
        assertThat(window.contains(TODAY.minusDays(days - 1))).isTrue();
        assertThat(window.contains(TODAY.minusDays(days))).isFalse();
        assertThat(window.contains(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void windowsCrossMonthAndYearEnds() {
        SalesWindow window = SalesWindow.endingOn(LocalDate.of(2027, 1, 1), 3);

        assertThat(window.days()).containsExactly(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = { Integer.MIN_VALUE, -1, 0, 31, Integer.MAX_VALUE })
    void refusesDaysOutOfBoundsAsInvalidInput(int days) {
        assertThatThrownBy(() -> SalesWindow.endingOn(TODAY, days))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(refused.violations()).singleElement()
                            .satisfies(violation -> assertThat(violation.field()).isEqualTo("days"));
                });
    }

    @Test
    void aWindowNeverRunsBackwardsNorPastTheLongest() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SalesWindow(TODAY, TODAY.minusDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SalesWindow(TODAY.minusDays(30), TODAY));
    }
}
