package io.surge.shared.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.surge.SurgeApplication;
import io.surge.point.events.PointsCharged;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.infrastructure.AppInstances;
import io.surge.testsupport.http.ApiResponse;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * The outbox's delivery guarantee through the failures it exists for: every committed {@code PointsCharged} reaches
 * {@code surge.point.charged} at least once (its {@code eventId} lets consumers drop repeats), and the outbox ends
 * empty, whatever happened to Kafka or to the instances on the way. Each test starts its own application instances
 * (as {@code OrderCrashRecoveryTest} does), on this JVM's test database schema, Redis and broker, and asserts only
 * outcomes: which event ids arrived, how often, and what is left in {@code EVENT_PUBLICATION}.
 * <p>
 * Instances are configured through command-line arguments, which rank above the application's own configuration
 * ({@code SpringApplicationBuilder.properties} would rank below it); the one test with a broker of its own puts its
 * address above the test infrastructure's, which ranks above everything else. The recovering instances look at the
 * outbox every second and call a publication stale after 5 s ({@link #QUICK_RECOVERY}), so a test waits seconds, not
 * the production minute.
 * <p>
 * <b>How an instance is killed.</b> A crash must leave the outbox as a dead process does: completions that were
 * acknowledged by Kafka but not yet written. {@code context.close()} cannot do that on its own:
 * {@link BatchedOutcomes#stop()} is a lifecycle callback that writes every pending outcome before the pool closes (as
 * it should on a graceful stop), and {@code OrderCrashRecoveryTest} stops its instance with that same clean close. So
 * {@link #kill} first closes the instance's connection pool and only then the context: from that moment the process
 * cannot write anything to the database, exactly as if it had died, and its final flush fails ("completions ... were
 * not written", the warning a writer that lost its database logs, followed by the registry's failing shutdown
 * report). Everything else (Kafka producer, web server, schedulers) then stops normally, which does not matter to the
 * outbox: only its rows are state.
 * <p>
 * Other cached test contexts in this JVM (other test classes) share the schema and may take part in a drain: they
 * claim with the same SKIP LOCKED and call nothing younger than their minute stale, so they may deliver some of a
 * test's publications but never lose or repeat one, and the assertions (4a's exactly-once too) hold in a full run.
 */
class OutboxDeliveryTest {

    private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryTest.class);

    private static final String TOPIC = "surge.point.charged";
    private static final String EXTERNALIZER = DelegatingEventExternalizer.class.getName()
            + ".externalize(java.lang.Object)";
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\":\"([0-9a-f-]{36})\"");
    private static final Duration EVENTUALLY = Duration.ofSeconds(120);

    /** Stale after 5 s, checked every second; failures retried every second after a back-off of 1 s up to 8 s. */
    private static final List<String> QUICK_RECOVERY = List.of(
            "spring.modulith.events.staleness.published=PT5S",
            "spring.modulith.events.staleness.processing=PT5S",
            "spring.modulith.events.staleness.resubmitted=PT5S",
            "spring.modulith.events.staleness.check-interval=PT1S",
            "surge.outbox.resubmission-interval=PT1S",
            "surge.outbox.initial-backoff=PT1S",
            "surge.outbox.max-backoff=PT8S");

    /** An instance that never writes what became of its publications while it runs, and recovers nothing. */
    private static final List<String> HOLDS_ITS_OUTCOMES = List.of(
            "surge.outbox.flush-interval=PT1H",
            "surge.outbox.flush-size=100000",
            "surge.outbox.resubmission-interval=PT1H",
            "spring.modulith.events.staleness.published=PT1H",
            "spring.modulith.events.staleness.processing=PT1H",
            "spring.modulith.events.staleness.resubmitted=PT1H",
            "spring.modulith.events.staleness.check-interval=PT1H");

    /** A send to an absent broker is given up after seconds, so the outage is lived through attempt by attempt. */
    private static final List<String> QUICK_KAFKA_TIMEOUTS = List.of(
            "spring.kafka.producer.properties.max.block.ms=2000",
            "spring.kafka.producer.properties.request.timeout.ms=2000",
            "spring.kafka.producer.properties.delivery.timeout.ms=4000");

    /**
     * Every instance: a port of its own, and a pool that is enough for the outbox and a few clients; two instances and
     * the other test classes' cached contexts share one database server and its connection limit.
     */
    private static final List<String> INSTANCE = List.of(
            "spring.datasource.hikari.maximum-pool-size=10",
            "spring.datasource.hikari.minimum-idle=2");

    /** Expected failures (the outage's sends, the killed instance's last write) are not the test's output. */
    private static final List<String> QUIET = List.of(
            "logging.level.org.springframework.modulith.events=WARN",
            "logging.level.org.springframework.aop.interceptor=OFF",
            "logging.level.org.apache.kafka.clients=ERROR",
            "logging.level.org.springframework.kafka=ERROR",
            "logging.level.org.springframework.kafka.support.LoggingProducerListener=OFF",
            "logging.level.org.springframework.transaction.event=OFF",
            "server.shutdown=immediate");

    /**
     * 1. Kafka is away for a minute: the charges made meanwhile all commit (Kafka is not on their path), their
     * publications fail and are retried with back-off, and once the broker answers again on the same address every
     * one of them arrives, nothing parked as a dead letter, the outbox empty.
     */
    @Test
    void chargesMadeDuringABrokerOutageOfAMinuteAllReachKafkaOnceItIsBack() throws Exception {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        try (ConfigurableApplicationContext app = start(
                Map.of("spring.kafka.bootstrap-servers", broker.getBrokersAsString()),
                QUICK_RECOVERY, QUICK_KAFKA_TIMEOUTS, QUIET)) {
            JdbcTemplate jdbc = cleanOutbox(app);
            ApiClient api = api(app);

            charge(api, List.of(1_000L)); // the instance has delivered before the outage, as a running one has
            await().atMost(EVENTUALLY).until(() -> count(jdbc, "TRUE") == 0);

            BrokerServer server = broker.getCluster().brokers().values().iterator().next();
            server.shutdown();
            Instant outage = Instant.now();
            charge(api, users(1_001, 300));
            Set<String> chargedWhileDown = eventIds(jdbc);
            assertThat(chargedWhileDown).as("publications of the charges made while Kafka is down").hasSize(300);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), outage.plusSeconds(60)).toMillis()));
            server.startup(); // the same broker, address and topics, after a minute

            try (Deliveries topic = new Deliveries(broker.getBrokersAsString())) {
                await().atMost(EVENTUALLY).pollInSameThread()
                        .until(() -> topic.readToEnd().keySet().containsAll(chargedWhileDown));
                await().atMost(EVENTUALLY).until(() -> count(jdbc, "TRUE") == 0);
                log.info("Broker outage: {} charges, {} deliveries", chargedWhileDown.size(),
                        deliveries(topic.readToEnd(), chargedWhileDown));
            }
            assertThat(deadLetters(jdbc)).isZero();
        } finally {
            broker.destroy();
        }
    }

    /**
     * 2. An instance dies after Kafka acknowledged its records but before it wrote their completions: the
     * publications are still in the outbox, and the next instance delivers every one of them again (a duplicate, which
     * the eventId makes harmless, never a loss) and empties the outbox.
     */
    @Test
    void publicationsWhoseCompletionDiedWithTheInstanceAreDeliveredAgainByTheNextOne() {
        int charges = 200;
        Set<String> sent;
        JdbcTemplate database;
        try (ConfigurableApplicationContext first = start(Map.of(), HOLDS_ITS_OUTCOMES, QUIET)) {
            JdbcTemplate jdbc = cleanOutbox(first);
            database = standalone(first.getEnvironment());
            charge(api(first), users(2_001, charges));
            sent = eventIds(jdbc);
            assertThat(sent).hasSize(charges);
            try (Deliveries topic = new Deliveries(bootstrapServers(first))) {
                await().atMost(EVENTUALLY).pollInSameThread()
                        .until(() -> topic.readToEnd().keySet().containsAll(sent));
            }
            assertThat(count(jdbc, "STATUS = 'PUBLISHED' AND LISTENER_ID = '" + EXTERNALIZER + "'"))
                    .as("acknowledged by Kafka, completion not written yet").isEqualTo(charges);

            kill(first);
        }
        assertThat(eventIds(database)).as("left in the outbox by the dead instance").isEqualTo(sent);

        try (ConfigurableApplicationContext second = start(Map.of(), QUICK_RECOVERY, QUIET);
                Deliveries topic = new Deliveries(bootstrapServers(second))) {
            await().atMost(EVENTUALLY).pollInSameThread().until(() -> {
                Map<String, Integer> delivered = topic.readToEnd();
                return sent.stream().allMatch(eventId -> delivered.getOrDefault(eventId, 0) >= 2);
            });
            await().atMost(EVENTUALLY).until(() -> count(database, "TRUE") == 0);
            assertThat(deadLetters(database)).isZero();
        }
    }

    /**
     * 3. A dead instance left 10,000 publications in flight (PUBLISHED, older than the staleness threshold): the next
     * instance turns them into failures and drains them batch by batch; every event arrives and the outbox empties.
     */
    @Test
    void aBacklogOfTenThousandLeftInFlightByADeadInstanceIsDeliveredByTheNextOne() {
        try (ConfigurableApplicationContext app = start(Map.of(), QUICK_RECOVERY, QUIET);
                Deliveries topic = new Deliveries(bootstrapServers(app))) {
            JdbcTemplate jdbc = cleanOutbox(app);
            // a new instance does nothing with the outbox at start-up, so rows written just after it started are
            // found exactly as rows it found at start-up would be
            Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
            Set<String> leftInFlight = insertCharges(app, 10_000, "PUBLISHED", 1, longAgo, longAgo);

            await().atMost(EVENTUALLY).pollInSameThread()
                    .until(() -> topic.readToEnd().keySet().containsAll(leftInFlight));
            await().atMost(EVENTUALLY).until(() -> count(jdbc, "TRUE") == 0);
            assertThat(deadLetters(jdbc)).isZero();
            log.info("Backlog of {}: {} deliveries", leftInFlight.size(),
                    deliveries(topic.readToEnd(), leftInFlight));
        }
    }

    /**
     * 4a. Two instances share the outbox: a backlog of 5,000 failed publications is drained once in total. Claims
     * lock with SKIP LOCKED, so no publication is claimed by both; the staleness thresholds are out of the drain's
     * reach here, so nothing is retried behind a claim either, and every event arrives exactly once.
     */
    @Test
    void twoInstancesDrainABacklogOnceInTotal() {
        List<String> bothActive = List.of(
                "spring.modulith.events.staleness.published=PT10M",
                "spring.modulith.events.staleness.processing=PT10M",
                "spring.modulith.events.staleness.resubmitted=PT10M",
                "spring.modulith.events.staleness.check-interval=PT1S",
                "surge.outbox.resubmission-interval=PT1S",
                "surge.outbox.initial-backoff=PT1S",
                "surge.outbox.max-backoff=PT2S",
                "surge.outbox.resubmission-batch-size=500");
        try (ConfigurableApplicationContext one = start(Map.of(), bothActive, QUIET);
                ConfigurableApplicationContext two = start(Map.of(), bothActive, QUIET);
                Deliveries topic = new Deliveries(bootstrapServers(one))) {
            JdbcTemplate jdbc = cleanOutbox(one);
            Instant now = Instant.now();
            Set<String> backlog = insertCharges(one, 5_000, "FAILED", 1, now.minusSeconds(5), now.minusSeconds(4));

            await().atMost(EVENTUALLY).pollInSameThread()
                    .until(() -> topic.readToEnd().keySet().containsAll(backlog));
            await().atMost(EVENTUALLY).until(() -> count(jdbc, "TRUE") == 0);
            assertThat(deadLetters(jdbc)).isZero();
            Map<String, Integer> delivered = topic.readToEnd();
            assertThat(backlog).as("delivered more than once")
                    .filteredOn(eventId -> delivered.get(eventId) > 1).isEmpty();
        }
    }

    /**
     * 4b. A second instance starting does not fail the first one's publications on their way: the first holds fresh
     * PUBLISHED (its own charges, acknowledged, completion not written yet) and RESUBMITTED publications; the second
     * starts and does its outbox work (it recovers a genuinely stale left-over) and leaves all of them as they were.
     * The first then stops gracefully and writes its completions itself.
     */
    @Test
    void aSecondInstanceStartingLeavesTheFirstOnesPublicationsOnTheirWayAlone() {
        try (ConfigurableApplicationContext first = start(Map.of(), HOLDS_ITS_OUTCOMES, QUIET)) {
            JdbcTemplate jdbc = cleanOutbox(first);
            charge(api(first), users(4_001, 50));
            Set<String> charged = eventIds(jdbc);
            try (Deliveries topic = new Deliveries(bootstrapServers(first))) {
                await().atMost(EVENTUALLY).pollInSameThread()
                        .until(() -> topic.readToEnd().keySet().containsAll(charged));
            }
            Instant now = Instant.now();
            insertCharges(first, 50, "RESUBMITTED", 2, now.minusSeconds(1), now);
            Map<String, String> onTheirWay = states(jdbc);
            assertThat(onTheirWay).hasSize(100);

            Set<String> staleLeftOver;
            try (ConfigurableApplicationContext second = start(Map.of(), List.of(
                    "spring.modulith.events.staleness.published=PT10M",
                    "spring.modulith.events.staleness.processing=PT10M",
                    "spring.modulith.events.staleness.resubmitted=PT10M",
                    "spring.modulith.events.staleness.check-interval=PT1S",
                    "surge.outbox.resubmission-interval=PT1S",
                    "surge.outbox.initial-backoff=PT1S"), QUIET);
                    Deliveries topic = new Deliveries(bootstrapServers(second))) {
                Instant anHourAgo = now.minus(Duration.ofHours(1));
                staleLeftOver = insertCharges(second, 1, "PUBLISHED", 1, anHourAgo, anHourAgo);
                await().atMost(EVENTUALLY).pollInSameThread()
                        .until(() -> topic.readToEnd().keySet().containsAll(staleLeftOver));
                await().atMost(EVENTUALLY).until(() -> Collections.disjoint(eventIds(jdbc), staleLeftOver));

                assertThat(states(jdbc)).as("the first instance's publications after the second one started")
                        .isEqualTo(onTheirWay);

                first.close(); // graceful: its pending completions are written on the way out
                assertThat(eventIds(jdbc(second))).as("left after the first instance stopped")
                        .doesNotContainAnyElementsOf(charged).hasSize(50);
            }
        }
    }

    // --- instances ---

    @SafeVarargs
    private static ConfigurableApplicationContext start(Map<String, Object> overridingInfrastructure,
            List<String>... properties) {
        return AppInstances.start(SurgeApplication.class, overridingInfrastructure,
                Stream.concat(Stream.of(INSTANCE), Stream.of(properties)).flatMap(List::stream).toList());
    }

    /** Dies as far as the outbox can tell: no write reaches the database any more, then the context stops. */
    private static void kill(ConfigurableApplicationContext instance) {
        try {
            instance.getBean(DataSource.class).unwrap(HikariDataSource.class).close();
        } catch (SQLException unexpected) {
            throw new IllegalStateException(unexpected);
        }
        instance.close();
    }

    private static ApiClient api(ConfigurableApplicationContext instance) {
        return AppInstances.api(instance);
    }

    private static String bootstrapServers(ConfigurableApplicationContext instance) {
        return instance.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers");
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext instance) {
        return instance.getBean(JdbcTemplate.class);
    }

    /** The instance's database through a connection of the test's own, which outlives the instance. */
    private static JdbcTemplate standalone(Environment environment) {
        return new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", "root"),
                environment.getProperty("spring.datasource.password", "")));
    }

    /** The schema is this JVM's; earlier tests may have left rows that are not this test's. */
    private static JdbcTemplate cleanOutbox(ConfigurableApplicationContext instance) {
        JdbcTemplate jdbc = jdbc(instance);
        jdbc.update("DELETE FROM EVENT_PUBLICATION");
        jdbc.update("DELETE FROM event_publication_dead_letter");
        return jdbc;
    }

    // --- the outbox ---

    private static void charge(ApiClient api, List<Long> users) {
        try (ExecutorService clients = Executors.newFixedThreadPool(16)) {
            List<Future<ApiResponse>> charged = users.stream()
                    .map(user -> clients.submit(() -> api.as(user).post("/api/v1/users/" + user + "/points/charges",
                            Map.of("amount", 100))))
                    .toList();
            for (Future<ApiResponse> response : charged) {
                ApiResponse answered = response.get();
                assertThat(answered.status()).as(answered.rawBody()).isEqualTo(200);
            }
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static List<Long> users(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }

    /** The event ids of the charges in the outbox. */
    private static Set<String> eventIds(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT SERIALIZED_EVENT FROM EVENT_PUBLICATION WHERE EVENT_TYPE = ?", String.class,
                PointsCharged.class.getName()).stream().map(OutboxDeliveryTest::eventId).collect(Collectors.toSet());
    }

    /** Each publication's status, attempts and last resubmission, by id. */
    private static Map<String, String> states(JdbcTemplate jdbc) {
        Map<String, String> states = new LinkedHashMap<>();
        jdbc.query("SELECT ID, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE FROM EVENT_PUBLICATION ORDER BY ID",
                (RowCallbackHandler) row -> states.put(row.getString(1),
                        row.getString(2) + " " + row.getInt(3) + " " + row.getTimestamp(4)));
        return states;
    }

    /**
     * Publications of charges to the externalizer as another instance left them; returns their event ids. Modulith
     * creates a publication PUBLISHED, with one attempt and its publication date as the last resubmission.
     */
    private static Set<String> insertCharges(ConfigurableApplicationContext instance, int count, String status,
            int attempts, Instant published, @Nullable Instant lastResubmission) {
        EventSerializer serializer = instance.getBean(EventSerializer.class);
        List<UUID> eventIds = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
        jdbc(instance).batchUpdate("""
                INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, STATUS,
                                               COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", eventIds, 1_000, (statement, eventId) -> {
                    statement.setString(1, UUID.randomUUID().toString());
                    statement.setString(2, EXTERNALIZER);
                    statement.setString(3, PointsCharged.class.getName());
                    statement.setString(4, serializer.serialize(
                            new PointsCharged(eventId, 9_000_000L + (eventId.hashCode() & 0xffff), 100, 100, 1,
                                    published)).toString());
                    statement.setTimestamp(5, Timestamp.from(published));
                    statement.setString(6, status);
                    statement.setInt(7, attempts);
                    statement.setTimestamp(8, lastResubmission == null ? null : Timestamp.from(lastResubmission));
                });
        return eventIds.stream().map(UUID::toString).collect(Collectors.toSet());
    }

    private static int count(JdbcTemplate jdbc, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE " + condition, Integer.class);
    }

    private static int deadLetters(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication_dead_letter", Integer.class);
    }

    private static int deliveries(Map<String, Integer> delivered, Set<String> eventIds) {
        return eventIds.stream().mapToInt(eventId -> delivered.getOrDefault(eventId, 0)).sum();
    }

    private static String eventId(String json) {
        Matcher eventId = EVENT_ID.matcher(json);
        return eventId.find() ? eventId.group(1) : "";
    }

    /**
     * {@value #TOPIC} as the data platform reads it, from its beginning: how many times each event id arrived. Unlike
     * {@link io.surge.testsupport.kafka.TopicReader} it counts repeats and reads up to the end offsets of the moment,
     * so a count never depends on how long the test polled.
     */
    private static final class Deliveries implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;
        private final Map<String, Integer> byEventId = new HashMap<>();

        Deliveries(String bootstrapServers) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
            try {
                List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                        .map(partition -> new TopicPartition(TOPIC, partition.partition())).toList();
                assertThat(partitions).as("partitions of " + TOPIC).isNotEmpty();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
            } catch (RuntimeException | AssertionError unreadable) {
                consumer.close();
                throw unreadable;
            }
        }

        /** Everything delivered up to now: deliveries by event id. */
        Map<String, Integer> readToEnd() {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            Instant deadline = Instant.now().plusSeconds(60);
            while (end.entrySet().stream().anyMatch(partition -> consumer.position(partition.getKey())
                    < partition.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + TOPIC + " up to " + end);
                }
                consumer.poll(Duration.ofMillis(200))
                        .forEach(record -> byEventId.merge(eventId(record.value()), 1, Integer::sum));
            }
            return Map.copyOf(byEventId);
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
