package io.surge.ranking.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Business days in the business time zone ({@code surge.time-zone}): which day a sale belongs to, which day is
 * today, and how long a day can still be part of some window.
 */
public record SalesCalendar(ZoneId zone) {

    public SalesCalendar {
        Objects.requireNonNull(zone, "zone");
    }

    /** The business day an instant falls on: 2026-11-20T15:00:00Z is already 2026-11-21 in Asia/Seoul. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public SalesWindow lastDays(int days, Instant now) {
        return SalesWindow.endingOn(dayOf(now), days);
    }

    /** The days some window may ask for at {@code now}: today and the {@value SalesWindow#MAX_DAYS} - 1 before. */
    public SalesWindow servableDays(Instant now) {
        return SalesWindow.endingOn(dayOf(now), SalesWindow.MAX_DAYS);
    }

    /**
     * Until when a day's sales may be asked for again, with a day's slack: the longest window includes the day until
     * {@value SalesWindow#MAX_DAYS} - 1 days later, so a copy may be dropped from the start of the day
     * {@value SalesWindow#MAX_DAYS} + 1 days after it.
     */
    public Instant neededUntil(LocalDate day) {
        return day.plusDays(SalesWindow.MAX_DAYS + 1L).atStartOfDay(zone).toInstant();
    }

    /** How much longer than {@code now} a copy of the day is worth keeping; zero or less when it is not. */
    public Duration keepFor(LocalDate day, Instant now) {
        return Duration.between(now, neededUntil(day));
    }
}
