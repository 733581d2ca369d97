package io.surge.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SalesCalendarTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final SalesCalendar seoul = new SalesCalendar(SEOUL);

    @Test
    void aDayStartsAtMidnightInTheBusinessZoneNotInUtc() {
        assertThat(seoul.dayOf(Instant.parse("2026-11-20T15:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(seoul.dayOf(Instant.parse("2026-11-20T14:59:59.999999Z"))).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(seoul.dayOf(Instant.parse("2026-11-21T14:59:59.999999Z"))).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(new SalesCalendar(ZoneId.of("UTC")).dayOf(Instant.parse("2026-11-20T15:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void theLastThreeDaysAreTodayAndTheTwoCalendarDaysBeforeIt() {
        SalesWindow window = seoul.lastDays(3, Instant.parse("2026-11-21T03:00:00Z"));

        assertThat(window.from()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(window.days()).containsExactly(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 21));
    }

    @Test
    void todayIsTheBusinessZonesToday() {
        // 00:30 in Seoul on the 22nd is still the 21st in UTC
        SalesWindow window = seoul.lastDays(3, Instant.parse("2026-11-21T15:30:00Z"));

        assertThat(window.from()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void theWindowIsTheSameAllDayLongNotASliding72Hours() {
        SalesWindow justAfterMidnight = seoul.lastDays(3, Instant.parse("2026-11-20T15:00:00Z"));
        SalesWindow justBeforeMidnight = seoul.lastDays(3, Instant.parse("2026-11-21T14:59:59.999999Z"));

        assertThat(justAfterMidnight).isEqualTo(justBeforeMidnight);
        assertThat(justAfterMidnight.contains(LocalDate.of(2026, 11, 19))).isTrue();
        assertThat(justAfterMidnight.contains(LocalDate.of(2026, 11, 18))).isFalse();
    }

    @Test
    void theServableDaysAreTheLongestWindow() {
        SalesWindow servable = seoul.servableDays(Instant.parse("2026-11-21T03:00:00Z"));

        assertThat(servable.days()).hasSize(SalesWindow.MAX_DAYS);
        assertThat(servable.from()).isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    void aDayIsKeptUntilNoWindowCanReachItPlusADay() {
        LocalDate day = LocalDate.of(2026, 11, 21);

        // the 30-day window still holds it on 2026-12-20; it may go from the start of 2026-12-22 in Seoul
        assertThat(seoul.lastDays(30, Instant.parse("2026-12-20T14:59:59Z")).contains(day)).isTrue();
        assertThat(seoul.lastDays(30, Instant.parse("2026-12-20T15:00:00Z")).contains(day)).isFalse();
        assertThat(seoul.neededUntil(day)).isEqualTo(Instant.parse("2026-12-21T15:00:00Z"));
        assertThat(seoul.keepFor(day, Instant.parse("2026-11-21T03:00:00Z")))
                .isEqualTo(Duration.ofDays(30).plusHours(12));
        assertThat(seoul.keepFor(day, Instant.parse("2026-12-21T15:00:00Z"))).isZero();
    }
}
