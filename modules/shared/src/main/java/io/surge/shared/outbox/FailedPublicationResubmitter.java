package io.surge.shared.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries failed event publications (a listener threw, Kafka was away) with exponential back-off, so a poison
 * event slows down instead of spinning and a recovered dependency is caught up without a restart. Publications
 * that hang in flight are turned into failures by Modulith's staleness monitor and then retried here, and so are
 * the ones a previous run left unfinished: at start-up they are marked failed in one statement, instead of Modulith
 * republishing all of them, loaded into memory at once, before the application may answer. Listeners are
 * idempotent, so a repeat is harmless.
 * <p>
 * A backlog is drained in one go, not one batch per interval: Modulith claims publications one by one with a
 * commit each, so the publications are split by id over {@code resubmission-workers} parallel claimers, and
 * rounds follow each other for as long as a round finds due publications (ADR 0012).
 */
@Component
@EnableConfigurationProperties(OutboxProperties.class)
class FailedPublicationResubmitter {

    /** Publications each worker reads per round; it claims the ones in its share, about batch ÷ workers. */
    private static final int BATCH_SIZE = 1_000;
    private static final Logger log = LoggerFactory.getLogger(FailedPublicationResubmitter.class);

    private final IncompleteEventPublications incompletePublications;
    private final JdbcTemplate jdbc;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Instant started;

    FailedPublicationResubmitter(IncompleteEventPublications incompletePublications, JdbcTemplate jdbc,
            OutboxProperties properties, Clock clock) {
        this.incompletePublications = incompletePublications;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.started = clock.instant();
    }

    /**
     * Whatever was on its way before this application started was left by a previous run: it is failed, so the
     * next round resubmits it. Modulith's own table, written with plain JDBC as Modulith itself does.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failWhatAPreviousRunLeft() {
        int left = jdbc.update("""
                UPDATE EVENT_PUBLICATION SET STATUS = 'FAILED'
                 WHERE STATUS IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED') AND PUBLICATION_DATE < ?""",
                Timestamp.from(started));
        if (left > 0) {
            log.info("{} event publications left unfinished by a previous run will be resubmitted", left);
        }
    }

    @Scheduled(fixedDelayString = "${surge.outbox.resubmission-interval}",
            initialDelayString = "${surge.outbox.resubmission-interval}")
    void resubmitDueFailures() throws InterruptedException {
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            while (resubmitOneRound(workers) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("resubmission stopped");
                }
            }
        }
    }

    /** Every worker reads the oldest failed publications and claims the due ones in its share; returns how many. */
    private int resubmitOneRound(ExecutorService workers) throws InterruptedException {
        Instant now = clock.instant();
        int count = properties.resubmissionWorkers();
        AtomicInteger claimed = new AtomicInteger();
        List<Future<?>> rounds = IntStream.range(0, count).<Future<?>>mapToObj(worker -> workers.submit(() ->
                incompletePublications.resubmitIncompletePublications(ResubmissionOptions.defaults()
                        .withBatchSize(BATCH_SIZE)
                        .withFilter(publication -> {
                            boolean take = isShareOf(worker, count, publication) && properties.isDue(publication, now);
                            if (take) {
                                claimed.incrementAndGet();
                            }
                            return take;
                        }))))
                .toList();
        for (Future<?> round : rounds) {
            try {
                round.get();
            } catch (ExecutionException failed) {
                throw new IllegalStateException("Resubmitting failed publications failed", failed.getCause());
            }
        }
        return claimed.get();
    }

    private static boolean isShareOf(int worker, int workers, EventPublication publication) {
        return Math.floorMod(publication.getIdentifier().hashCode(), workers) == worker;
    }
}
