package io.surge.testsupport.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.redis.testcontainers.RedisContainer;
import org.jspecify.annotations.Nullable;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mysql.MySQLContainer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The infrastructure of this JVM, started once and shared by every Spring context in it (so the test-context
 * cache key never depends on it). Yields the properties that point Surge at it.
 */
final class Infrastructure {

    private static final String LOCAL_MARIADB = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String LOCAL_OPTIONS = "?createDatabaseIfNotExist=true";

    /**
     * What every Redis key a test JVM writes starts with (one per JVM, like the schema), and the only keys
     * {@link CleanRedisTestExecutionListener} deletes: concurrent test runs share one Redis.
     */
    static final String REDIS_KEY_PREFIX = "surge.test.redis-key-prefix";
    /** The modules' own key-prefix settings, all pointed at the JVM's test prefix. */
    private static final String[] MODULE_REDIS_KEY_PREFIXES = { "surge.coupon.gate.key-prefix",
            "surge.ranking.key-prefix", "surge.security.rate-limit.key-prefix" };

    private static @Nullable Map<String, Object> properties;

    private Infrastructure() {
    }

    /**
     * @param isolatedSchema whether this JVM gets a database schema and a Redis key prefix of its own (tests), the
     *        schema dropped when the JVM exits, rather than the configured ones (the local run)
     */
    static synchronized Map<String, Object> properties(boolean isolatedSchema) {
        if (properties == null) {
            Map<String, Object> started = new HashMap<>(switch (InfrastructureMode.current()) {
                case CONTAINERS -> startContainers();
                case LOCAL -> startLocal(isolatedSchema);
            });
            if (isolatedSchema) {
                // a test JVM caches several application contexts, each with a pool of its own, on one MariaDB
                started.put("spring.datasource.hikari.minimum-idle", 2);
                String redisKeyPrefix = "surge-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
                started.put(REDIS_KEY_PREFIX, redisKeyPrefix);
                for (String modulePrefix : MODULE_REDIS_KEY_PREFIXES) {
                    started.put(modulePrefix, redisKeyPrefix);
                }
            }
            properties = Map.copyOf(started);
        }
        return properties;
    }

    private static Map<String, Object> startLocal(boolean isolatedSchema) {
        Map<String, Object> started = new HashMap<>();
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(kafka::destroy));
        started.put("spring.kafka.bootstrap-servers", kafka.getBrokersAsString());
        started.put("spring.datasource.username", "root"); // this machine's local MariaDB login
        started.put("spring.datasource.password", "");
        // the in-JVM broker's own chatter (and its noisy shutdown at JVM exit) is not ours to read
        for (String brokerInternals : new String[] { "kafka", "org.apache.kafka.server", "org.apache.kafka.storage",
                "org.apache.kafka.raft", "org.apache.kafka.controller", "org.apache.kafka.metadata",
                "org.apache.kafka.image", "org.apache.kafka.coordinator", "org.apache.kafka.common.test" }) {
            started.put("logging.level." + brokerInternals, "ERROR");
        }
        if (isolatedSchema) {
            String schema = "surge_test_" + UUID.randomUUID().toString().substring(0, 8);
            started.put("spring.datasource.url", LOCAL_MARIADB + schema + LOCAL_OPTIONS);
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> dropSchema(schema)));
        }
        return started;
    }

    private static Map<String, Object> startContainers() {
        MySQLContainer mysql = new MySQLContainer("mysql:8.4").withDatabaseName("surge");
        RedisContainer redis = new RedisContainer("redis:7.4");
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.2.1");
        mysql.start();
        redis.start();
        kafka.start();
        return Map.of(
                "spring.datasource.url", mysql.getJdbcUrl(),
                "spring.datasource.username", mysql.getUsername(),
                "spring.datasource.password", mysql.getPassword(),
                "spring.data.redis.host", redis.getHost(),
                "spring.data.redis.port", redis.getFirstMappedPort(),
                "spring.kafka.bootstrap-servers", kafka.getBootstrapServers());
    }

    private static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(LOCAL_MARIADB, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
        } catch (SQLException ignored) {
            // best effort at JVM exit: a leftover schema is harmless and has a unique name
        }
    }
}
