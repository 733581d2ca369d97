package io.surge.testsupport.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock shifted by an offset a test sets ("it is now 2026-11-21T12:00 in Seoul") or moves forward, and
 * resets after. Time keeps flowing from there, so nothing else that reads the clock (the event publication
 * registry, schedules) stalls. It ticks in microseconds like the application's clock, so an instant read from it is
 * the one the database keeps (as long as tests set and move it by whole microseconds).
 */
public final class MutableClock extends Clock {

    private static final Clock SYSTEM = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private volatile Duration offset = Duration.ZERO;

    /** Makes it {@code now} at this moment. */
    public void setTo(Instant now) {
        offset = Duration.between(SYSTEM.instant(), now);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return SYSTEM.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(SYSTEM.withZone(zone), offset);
    }
}
