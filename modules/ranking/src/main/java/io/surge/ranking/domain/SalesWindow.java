package io.surge.ranking.domain;

import java.time.LocalDate;
import java.util.List;

import io.surge.shared.error.BusinessException;

/**
 * The business days a ranking counts: the last {@code days} calendar days up to and including {@code to} (today),
 * both ends inclusive. "The last 3 days" on 2026-11-21 is 2026-11-19, 2026-11-20 and 2026-11-21: whole calendar
 * days, not a sliding 72 hours, so the answer is the same all day long and changes at midnight.
 */
public record SalesWindow(LocalDate from, LocalDate to) {

    /** The longest window served; it also bounds how long a day's sales are kept in Redis. */
    public static final int MAX_DAYS = 30;

    public SalesWindow {
        if (from.isAfter(to) || from.plusDays(MAX_DAYS - 1).isBefore(to)) {
            throw new IllegalArgumentException("a window spans 1 to " + MAX_DAYS + " days");
        }
    }

    /** @throws BusinessException {@code VALIDATION_FAILED} on {@code days} unless 1 <= days <= {@value #MAX_DAYS} */
    public static SalesWindow endingOn(LocalDate today, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw BusinessException.invalidField("days", "must be between 1 and " + MAX_DAYS);
        }
        return new SalesWindow(today.minusDays(days - 1L), today);
    }

    /** Every day of the window, oldest first. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
