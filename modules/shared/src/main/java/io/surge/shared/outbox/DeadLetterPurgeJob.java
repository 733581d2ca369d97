package io.surge.shared.outbox;

import java.time.Clock;

import io.surge.shared.retention.Purges;
import io.surge.shared.scheduling.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Dead letters stay visible for {@code surge.outbox.dead-letter-retention} (14 days by default) after they were
 * parked, long enough for an operator to see the gauge, find the cause and requeue them; then they go, in bounded
 * batches (ADR 0018), purged by one instance at a time (ADR 0017).
 */
@Component
class DeadLetterPurgeJob {

    private static final String JOB = "shared.purge-dead-letters";

    private final EventPublicationTable table;
    private final OutboxProperties properties;
    private final Purges purges;
    private final JobRuns runs;
    private final Clock clock;

    DeadLetterPurgeJob(EventPublicationTable table, OutboxProperties properties, Purges purges, JobRuns runs,
            Clock clock) {
        this.table = table;
        this.properties = properties;
        this.purges = purges;
        this.runs = runs;
        this.clock = clock;
    }

    /** Held as every retention job's lock is, for the reasons in ADR 0018. */
    @Scheduled(fixedDelayString = "${surge.retention.interval}", initialDelayString = "${surge.retention.interval}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${surge.retention.lock-at-least-for}",
            lockAtMostFor = "${surge.retention.lock-at-most-for}")
    void purge() {
        runs.count(JOB);
        purges.purge("event_publication_dead_letter",
                limit -> table.deleteParkedBefore(clock.instant().minus(properties.deadLetterRetention()), limit));
    }
}
