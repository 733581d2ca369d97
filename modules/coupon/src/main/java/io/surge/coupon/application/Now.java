package io.surge.coupon.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant as the database keeps it (microseconds, {@code DATETIME(6)}), so what a response says is
 * exactly what is read back later.
 */
final class Now {

    private Now() {
    }

    static Instant of(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
