package io.surge.shared.outbox;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.surge.shared.retention.ExpiredRows;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.Staleness;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox: Spring Modulith's event publication registry on its JDBC repository, whose bookkeeping after the
 * business commit is batched by {@link BatchedEventPublicationRepository} (ADR 0014).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {

    @Bean
    EventPublicationTable eventPublicationTable(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new EventPublicationTable(jdbc, transactions);
    }

    @Bean
    BatchedOutcomes batchedOutcomes(EventPublicationTable table, OutboxProperties properties) {
        return new BatchedOutcomes(table, properties);
    }

    /** Takes the place of Modulith's repository in its registry, and delegates to it. */
    @Bean
    @Primary
    BatchedEventPublicationRepository batchedEventPublicationRepository(
            @Qualifier("jdbcEventPublicationRepository") EventPublicationRepository modulith,
            EventPublicationTable table, BatchedOutcomes outcomes, EventSerializer serializer,
            OutboxProperties properties, Staleness staleness, Clock clock,
            @Value("${spring.modulith.events.completion-mode:update}") String completionMode) {
        if (!"delete".equalsIgnoreCase(completionMode)) {
            throw new IllegalStateException("The outbox completes publications by deleting them in batches: "
                    + "spring.modulith.events.completion-mode must be delete, not " + completionMode);
        }
        return new BatchedEventPublicationRepository(modulith, table, outcomes, serializer, properties, staleness,
                clock);
    }

    /**
     * The outbox on the metrics endpoint (ADR 0019): {@code surge.outbox.backlog} and
     * {@code surge.outbox.oldest.age} (seconds), read at most once per {@code surge.outbox.backlog-refresh}, and
     * {@code surge.outbox.dead.letters}, a count of a table that stays small.
     */
    @Bean
    MeterBinder outboxGauges(EventPublicationTable table, OutboxProperties properties, Clock clock) {
        OutboxBacklog backlog = new OutboxBacklog(table, clock, properties.backlogRefresh());
        return registry -> {
            Gauge.builder("surge.outbox.backlog", backlog, OutboxBacklog::incomplete)
                    .description("Event publications not completed yet (published, failed or resubmitted)")
                    .register(registry);
            Gauge.builder("surge.outbox.oldest.age", backlog, OutboxBacklog::oldestAgeSeconds)
                    .description("Age of the oldest event publication not completed yet; 0 when there is none")
                    .baseUnit("seconds")
                    .register(registry);
            Gauge.builder("surge.outbox.dead.letters", table, EventPublicationTable::countParked)
                    .description("Event publications parked after failing surge.outbox.max-attempts times")
                    .register(registry);
        };
    }

    /**
     * Dead letters stay visible for {@code surge.outbox.dead-letter-retention} (14 days by default) after they were
     * parked, long enough for an operator to see the gauge, find the cause and requeue them; then the retention job
     * purges them (ADR 0018).
     */
    @Bean
    ExpiredRows expiredDeadLetters(EventPublicationTable table, OutboxProperties properties, Clock clock) {
        return new ExpiredRows("event_publication_dead_letter",
                limit -> table.deleteParkedBefore(clock.instant().minus(properties.deadLetterRetention()), limit));
    }
}
