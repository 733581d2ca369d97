package io.surge.shared.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The outbox's backlog for its gauges: how many publications are incomplete and how old the oldest one is. Counting
 * reads every incomplete publication's index entry, and a broker outage fills the table with hundreds of thousands,
 * so the table is read at most once per {@code surge.outbox.backlog-refresh}, however many scrapes ask; the oldest
 * one's age is computed at each read from its publication date.
 */
class OutboxBacklog {

    private final EventPublicationTable table;
    private final Clock clock;
    private final Duration refresh;
    private @Nullable Snapshot last;
    private Instant readAt = Instant.MIN;

    OutboxBacklog(EventPublicationTable table, Clock clock, Duration refresh) {
        this.table = table;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** Incomplete publications, at most {@code surge.outbox.backlog-refresh} ago. */
    double incomplete() {
        return current().incomplete();
    }

    /** Seconds since the oldest incomplete publication was published; 0 without any. */
    double oldestAgeSeconds() {
        Instant oldest = current().oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1_000.0);
    }

    private synchronized Snapshot current() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(readAt.plus(refresh))) {
            last = table.backlog();
            readAt = now;
        }
        return last;
    }

    record Snapshot(long incomplete, @Nullable Instant oldest) {
    }
}
