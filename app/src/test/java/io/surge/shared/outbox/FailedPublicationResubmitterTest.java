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

import io.surge.SurgeApplication;
import io.surge.point.events.PointsCharged;
import io.surge.testsupport.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * The outbox after a broker outage: thousands of failed publications, more than one batch. They belong to the
 * whole application (Kafka, the externalizer, the registry), so the test lives here, in the shared kernel's package.
 * The scheduled run is pushed out of the way; the test calls the resubmitter itself.
 */
@SpringBootTest(classes = SurgeApplication.class, properties = "surge.outbox.resubmission-interval=PT1H")
class FailedPublicationResubmitterTest {

    private static final String EXTERNALIZER = DelegatingEventExternalizer.class.getName()
            + ".externalize(java.lang.Object)";
    private static final int DUE = 2_500;
    private static final int IN_BACKOFF = 40;
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\":\"([0-9a-f-]{36})\"");

    @Autowired FailedPublicationResubmitter resubmitter;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventSerializer serializer;
    @Autowired ApplicationContext context;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    @Test
    void drainsABacklogLargerThanABatchInOneRunAndLeavesPublicationsInBackOffAlone() throws Exception {
        Instant now = Instant.now();
        Set<String> due = failedPublications(DUE, 1, now.minus(Duration.ofHours(1)));
        failedPublications(IN_BACKOFF, 10, now); // the longest back-off: not due for minutes

        try (TopicReader topic = new TopicReader(bootstrapServers, "surge.point.charged")) {
            resubmitter.resubmitDueFailures();

            assertThat(count("STATUS = 'FAILED'")).as("failed publications left after one run").isEqualTo(IN_BACKOFF);
            Set<String> delivered = new HashSet<>();
            topic.await(record -> due.contains(eventId(record.value())), DUE, Duration.ofSeconds(60))
                    .forEach(record -> delivered.add(eventId(record.value())));
            assertThat(delivered).isEqualTo(due);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(count("STATUS <> 'FAILED'"))
                .as("resubmitted but never marked completed").isZero());
    }

    @Test
    void publicationsAPreviousRunLeftOnTheirWayAreFailedSoTheyAreResubmitted() {
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        insert(List.of(UUID.randomUUID()), "PUBLISHED", 0, longAgo);
        insert(List.of(UUID.randomUUID()), "PROCESSING", 0, longAgo);
        insert(List.of(UUID.randomUUID()), "RESUBMITTED", 1, longAgo);
        insert(List.of(UUID.randomUUID()), "PROCESSING", 0, Instant.now().plusSeconds(60)); // this run's own

        resubmitter.failWhatAPreviousRunLeft();

        assertThat(count("STATUS = 'FAILED'")).isEqualTo(3);
        assertThat(count("STATUS = 'PROCESSING'")).isEqualTo(1);
    }

    @Test
    void onlySurgesOwnExternalizerSendsToKafka() {
        // Modulith's Kafka externalizer is excluded; with both, every event would reach Kafka twice
        assertThat(context.getBeansOfType(DelegatingEventExternalizer.class)).hasSize(1);
    }

    /** Publications as a Kafka outage leaves them: the externalizer's, FAILED after their last attempt. */
    private Set<String> failedPublications(int count, int attempts, Instant lastAttempt) {
        List<UUID> eventIds = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
        insert(eventIds, "FAILED", attempts, lastAttempt);
        return eventIds.stream().map(UUID::toString).collect(Collectors.toSet());
    }

    private void insert(List<UUID> eventIds, String status, int attempts, Instant lastAttempt) {
        jdbc.batchUpdate("""
                INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, STATUS,
                                               COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", eventIds, 500, (statement, eventId) -> {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, EXTERNALIZER);
            statement.setString(3, PointsCharged.class.getName());
            statement.setString(4, serializer.serialize(
                    new PointsCharged(eventId, 7, 100, 100, 1, lastAttempt)).toString());
            statement.setTimestamp(5, Timestamp.from(lastAttempt.minusSeconds(1)));
            statement.setString(6, status);
            statement.setInt(7, attempts);
            statement.setTimestamp(8, Timestamp.from(lastAttempt));
        });
    }

    private static String eventId(String json) {
        Matcher eventId = EVENT_ID.matcher(json);
        return eventId.find() ? eventId.group(1) : "";
    }

    private int count(String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE " + condition, Integer.class);
    }
}
