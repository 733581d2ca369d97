package io.surge.shared.outbox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.surge.shared.outbox.EventPublicationTable.StoredPublication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries failed event publications (a listener threw, Kafka was away) with exponential back-off, so a poison
 * event slows down instead of spinning and a recovered dependency is caught up without a restart. A backlog is
 * drained in one go: batches are claimed one after the other, each with one statement, for as long as some are due,
 * pausing only while this instance has {@code max-in-flight} of them on their way. Publications that hang on their
 * way, or that a stopped instance left, are turned into failures by Modulith's staleness monitor and retried here.
 * A publication that failed {@code max-attempts} times is parked as a dead letter instead (ADR 0014).
 */
@Component
class FailedPublicationResubmitter {

    private static final int PARKING_BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(FailedPublicationResubmitter.class);

    private final IncompleteEventPublications incompletePublications;
    private final BatchedEventPublicationRepository publications;
    private final EventPublicationTable table;
    private final OutboxProperties properties;
    private final Clock clock;

    FailedPublicationResubmitter(IncompleteEventPublications incompletePublications,
            BatchedEventPublicationRepository publications, EventPublicationTable table, OutboxProperties properties,
            Clock clock) {
        this.incompletePublications = incompletePublications;
        this.publications = publications;
        this.table = table;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs on every instance, deliberately without a {@code @SchedulerLock} (ADR 0017): each batch is claimed with
     * {@code SELECT ... FOR UPDATE SKIP LOCKED}, so instances share a backlog instead of repeating each other's work,
     * and a lock would leave all but one of them idle while it drains.
     */
    @Scheduled(fixedDelayString = "${surge.outbox.resubmission-interval}",
            initialDelayString = "${surge.outbox.resubmission-interval}")
    void resubmitDueFailures() throws InterruptedException {
        parkExhausted();
        while (true) {
            if (resubmitOneBatch() > 0) {
                continue;
            }
            if (publications.hasRoomForResubmissions()) {
                return; // nothing due
            }
            TimeUnit.NANOSECONDS.sleep(properties.flushInterval().toNanos()); // for outcomes of the ones on their way
        }
    }

    private int resubmitOneBatch() {
        AtomicInteger claimed = new AtomicInteger();
        incompletePublications.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withBatchSize(properties.resubmissionBatchSize())
                .withFilter(publication -> {
                    claimed.incrementAndGet();
                    return true;
                }));
        return claimed.get();
    }

    private void parkExhausted() {
        List<StoredPublication> parked;
        do {
            parked = table.parkExhausted(properties.maxAttempts(), PARKING_BATCH, clock.instant());
            if (!parked.isEmpty()) {
                log.warn("{} event publications failed {} times and are parked in event_publication_dead_letter, "
                        + "not retried again; listeners: {}", parked.size(), properties.maxAttempts(),
                        parked.stream().map(StoredPublication::listenerId).collect(Collectors.toSet()));
            }
        } while (parked.size() == PARKING_BATCH);
    }
}
