package io.surge.shared.outbox;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries failed event publications (a listener threw, Kafka was away) with exponential back-off, so a poison
 * event slows down instead of spinning and a recovered dependency is caught up without a restart. Publications
 * that hang in flight are turned into failures by Modulith's staleness monitor and then retried here; the ones
 * left over by a crash are republished at start-up. Listeners are idempotent, so a repeat is harmless.
 */
@Component
@EnableConfigurationProperties(OutboxProperties.class)
class FailedPublicationResubmitter {

    private static final int BATCH_SIZE = 500;

    private final IncompleteEventPublications incompletePublications;
    private final OutboxProperties properties;
    private final Clock clock;

    FailedPublicationResubmitter(IncompleteEventPublications incompletePublications, OutboxProperties properties,
            Clock clock) {
        this.incompletePublications = incompletePublications;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${surge.outbox.resubmission-interval}",
            initialDelayString = "${surge.outbox.resubmission-interval}")
    void resubmitDueFailures() {
        Instant now = clock.instant();
        incompletePublications.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withBatchSize(BATCH_SIZE)
                .withFilter(publication -> properties.isDue(publication, now)));
    }
}
