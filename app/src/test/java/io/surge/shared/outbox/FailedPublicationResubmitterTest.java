package io.surge.shared.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.surge.SurgeApplication;
import io.surge.point.events.PointsCharged;
import io.surge.testsupport.kafka.TopicReader;
import io.surge.testsupport.time.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.Staleness;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox after failures: a broker outage's backlog of thousands, more than one batch; publications whose listener
 * always throws; dead letters. They belong to the whole application (Kafka, the externalizer, the registry), so the
 * test lives here, in the shared kernel's package. The scheduled run is pushed out of the way; the test calls the
 * resubmitter itself.
 */
@SpringBootTest(classes = { SurgeApplication.class, FailedPublicationResubmitterTest.AlwaysFailing.class },
        properties = { "surge.outbox.resubmission-interval=PT1H", "surge.outbox.max-attempts=3",
                "logging.level.org.springframework.modulith.events.support=WARN",
                "logging.level.org.springframework.aop.interceptor=OFF" }) // a thousand failures, expected
class FailedPublicationResubmitterTest {

    private static final String EXTERNALIZER = DelegatingEventExternalizer.class.getName()
            + ".externalize(java.lang.Object)";
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\":\"([0-9a-f-]{36})\"");

    @Autowired FailedPublicationResubmitter resubmitter;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired EventSerializer serializer;
    @Autowired MeterRegistry meters;
    @Autowired EventPublicationRegistry registry;
    @Autowired Staleness staleness;
    @Autowired ApplicationContext context;
    @Autowired EventPublicationTable table;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    @Test
    void drainsABacklogLargerThanABatchInOneRunAndLeavesPublicationsInBackOffAlone() throws Exception {
        Instant now = Instant.now();
        Set<String> due = failedCharges(2_500, 1, now.minus(Duration.ofHours(1)));
        failedCharges(40, 2, now); // failed a second time just now: not due for 10 s

        try (TopicReader topic = new TopicReader(bootstrapServers, "surge.point.charged")) {
            resubmitter.resubmitDueFailures();

            assertThat(count("STATUS = 'FAILED'")).as("failed publications left after one run").isEqualTo(40);
            assertThat(deliveredEventIds(topic, due)).isEqualTo(due);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(count("STATUS <> 'FAILED'"))
                .as("resubmitted but never marked completed").isZero());
    }

    @Test
    void aThousandPublicationsThatAlwaysFailDoNotDelayANewerOne() throws Exception {
        transaction.executeWithoutResult(status -> IntStream.range(0, 1_000)
                .forEach(i -> events.publishEvent(new Doomed(UUID.randomUUID()))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(count("STATUS = 'FAILED'"))
                .as("publications whose listener threw").isEqualTo(1_000));
        jdbc.update("UPDATE EVENT_PUBLICATION SET LAST_RESUBMISSION_DATE = ?, PUBLICATION_DATE = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                Timestamp.from(Instant.now().minus(Duration.ofHours(1)))); // all due, and older than the next one
        Set<String> newer = failedCharges(1, 1, Instant.now().minusSeconds(10));

        try (TopicReader topic = new TopicReader(bootstrapServers, "surge.point.charged")) {
            resubmitter.resubmitDueFailures();

            assertThat(deliveredEventIds(topic, newer)).isEqualTo(newer);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                count("STATUS = 'FAILED' AND COMPLETION_ATTEMPTS = 2")).as("tried again, failed again")
                .isEqualTo(1_000));
    }

    @Test
    void aPublicationThatFailedMaxAttemptsTimesIsParkedCountedAndNotRetried() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        UUID doomed = insert(List.of(UUID.randomUUID()), Doomed.class, AlwaysFailing.LISTENER, "FAILED", 2, longAgo)
                .getFirst();
        failedCharges(1, 3, longAgo); // failed three times already: parked without another attempt

        resubmitter.resubmitDueFailures(); // third attempt of the doomed one
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                count("ID = '" + doomed + "' AND STATUS = 'FAILED' AND COMPLETION_ATTEMPTS = 3")).isOne());
        resubmitter.resubmitDueFailures();

        assertThat(count("TRUE")).as("publications left to retry").isZero();
        assertThat(jdbc.queryForList("SELECT listener_id FROM event_publication_dead_letter", String.class))
                .containsExactlyInAnyOrder(AlwaysFailing.LISTENER, EXTERNALIZER);
        assertThat(meters.get("surge.outbox.dead.letters").gauge().value()).isEqualTo(2);
    }

    @Test
    void aResubmittedPublicationTurnsStaleCountingFromItsLastResubmissionNotItsPublication() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        UUID onItsWay = insert(List.of(UUID.randomUUID()), PointsCharged.class, EXTERNALIZER, "RESUBMITTED", 2,
                Instant.now()).getFirst();
        UUID hanging = insert(List.of(UUID.randomUUID()), PointsCharged.class, EXTERNALIZER, "RESUBMITTED", 2,
                anHourAgo).getFirst();
        jdbc.update("UPDATE EVENT_PUBLICATION SET PUBLICATION_DATE = ?", Timestamp.from(anHourAgo.minusSeconds(60)));

        registry.markStalePublicationsFailed(staleness);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                count("ID = '" + hanging + "' AND STATUS = 'FAILED'")).isOne());
        assertThat(count("ID = '" + onItsWay + "' AND STATUS = 'RESUBMITTED'")).isOne();
    }

    @Test
    void theBacklogIsCountedOncePerRefreshAndTheOldestAgesBetweenCounts() {
        MutableClock clock = new MutableClock();
        OutboxBacklog backlog = new OutboxBacklog(table, clock, Duration.ofSeconds(10));
        assertThat(backlog.incomplete()).isZero();
        assertThat(backlog.oldestAgeSeconds()).as("no publication, no age").isZero();

        failedCharges(3, 1, Instant.now()); // in back-off, and the resubmitter is pushed out: they stay
        jdbc.update("UPDATE EVENT_PUBLICATION SET PUBLICATION_DATE = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
        assertThat(backlog.incomplete()).as("within the refresh interval: the last count").isZero();

        clock.advance(Duration.ofSeconds(10));
        assertThat(backlog.incomplete()).isEqualTo(3);
        double age = backlog.oldestAgeSeconds();
        assertThat(age).isBetween(3_610.0, 3_670.0); // the hour, plus the clock's 10 s
        jdbc.update("DELETE FROM EVENT_PUBLICATION");
        clock.advance(Duration.ofSeconds(5));
        assertThat(backlog.incomplete()).as("within the refresh interval: the last count").isEqualTo(3);
        assertThat(backlog.oldestAgeSeconds()).as("aged with the clock").isGreaterThanOrEqualTo(age + 5);
    }

    @Test
    void modulithsOwnExternalizerSendsToKafkaOnce() {
        assertThat(context.getBeansOfType(DelegatingEventExternalizer.class)).hasSize(1);
    }

    /** Publications as a Kafka outage leaves them: the externalizer's, FAILED after their last attempt. */
    private Set<String> failedCharges(int count, int attempts, Instant lastAttempt) {
        List<UUID> eventIds = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
        insert(eventIds, PointsCharged.class, EXTERNALIZER, "FAILED", attempts, lastAttempt);
        return eventIds.stream().map(UUID::toString).collect(Collectors.toSet());
    }

    /** Inserts one publication per event id; returns the publications' ids. */
    private List<UUID> insert(List<UUID> eventIds, Class<?> type, String listener, String status, int attempts,
            Instant lastAttempt) {
        List<UUID> ids = eventIds.stream().map(eventId -> UUID.randomUUID()).toList();
        jdbc.batchUpdate("""
                INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, STATUS,
                                               COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", IntStream.range(0, ids.size()).boxed().toList(), 500,
                (statement, i) -> {
                    UUID eventId = eventIds.get(i);
                    Object event = type == Doomed.class ? new Doomed(eventId)
                            : new PointsCharged(eventId, 7, 100, 100, 1, lastAttempt);
                    statement.setString(1, ids.get(i).toString());
                    statement.setString(2, listener);
                    statement.setString(3, type.getName());
                    statement.setString(4, serializer.serialize(event).toString());
                    statement.setTimestamp(5, Timestamp.from(lastAttempt.minusSeconds(1)));
                    statement.setString(6, status);
                    statement.setInt(7, attempts);
                    statement.setTimestamp(8, Timestamp.from(lastAttempt));
                });
        return ids;
    }

    private static Set<String> deliveredEventIds(TopicReader topic, Set<String> expected) {
        Set<String> delivered = new HashSet<>();
        topic.await(record -> expected.contains(eventId(record.value())), expected.size(), Duration.ofSeconds(60))
                .forEach(record -> delivered.add(eventId(record.value())));
        return delivered;
    }

    private static String eventId(String json) {
        Matcher eventId = EVENT_ID.matcher(json);
        return eventId.find() ? eventId.group(1) : "";
    }

    private int count(String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE " + condition, Integer.class);
    }

    record Doomed(UUID eventId) {
    }

    /** A listener whose every attempt fails, as one with a bug or a dependency that is gone would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AlwaysFailing {

        static final String LISTENER = "always-failing";

        @Bean
        AlwaysFailingListener alwaysFailingListener() {
            return new AlwaysFailingListener();
        }
    }

    static class AlwaysFailingListener {

        @ApplicationModuleListener(id = AlwaysFailing.LISTENER)
        void on(Doomed event) {
            throw new IllegalStateException("always fails: " + event.eventId());
        }
    }
}
