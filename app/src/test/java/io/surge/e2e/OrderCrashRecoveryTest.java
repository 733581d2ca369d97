package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.surge.SurgeApplication;
import io.surge.testsupport.infrastructure.AppInstances;
import io.surge.testsupport.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stops the application abruptly while orders are in flight, then starts it again on the same database and
 * broker. An order is one transaction (ADR 0013), so each is either whole (COMPLETED or FAILED, with its stock,
 * payment and feed record) or absent: nothing PENDING, nothing half-done. The outbox still delivers every
 * committed {@code OrderCompleted} after the restart.
 */
class OrderCrashRecoveryTest {

    private static final int ORDERS = 150;
    private static final long FIRST_USER = 70_001;
    private static final long INITIAL_STOCK = 1_000;
    private static final long FUNDS = 10_000;
    private static final long PRICE = 100;

    @Test
    void ordersCutOffByAStopAreWholeOrAbsentAndTheFeedCatchesUpAfterTheRestart() throws Exception {
        long product;
        try (ConfigurableApplicationContext first = start()) {
            Shop shop = new Shop(AppInstances.port(first));
            product = shop.product("Crash-proof", PRICE, INITIAL_STOCK);
            for (int i = 0; i < ORDERS; i++) {
                shop.charge(FIRST_USER + i, FUNDS);
            }
            CountDownLatch someAnswered = new CountDownLatch(ORDERS / 5);
            ExecutorService buyers = Executors.newFixedThreadPool(16);
            for (int i = 0; i < ORDERS; i++) {
                long user = FIRST_USER + i;
                buyers.submit(() -> {
                    try {
                        shop.order(user, null, product, 2);
                    } finally {
                        someAnswered.countDown();
                    }
                });
            }
            someAnswered.await();
            first.close(); // immediate shutdown: the orders still running are cut off at whatever step they are
            buyers.shutdownNow();
            assertThat(buyers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Shop shop = new Shop(AppInstances.port(second));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE user_id >= ? AND saga_state NOT IN "
                    + "('COMPLETED', 'FAILED')", Integer.class, FIRST_USER)).as("orders left half-done").isZero();
            List<Long> completed = jdbc.queryForList("SELECT order_id FROM orders WHERE user_id >= ? AND "
                    + "saga_state = 'COMPLETED'", Long.class, FIRST_USER);
            assertThat(completed).isNotEmpty();
            assertThat(shop.stockOf(product)).isEqualTo(INITIAL_STOCK - 2L * completed.size());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM point_ledger WHERE user_id >= ? AND "
                    + "entry_type = 'USE'", Integer.class, FIRST_USER)).isEqualTo(completed.size());
            Set<Long> buyers = new HashSet<>(jdbc.queryForList("SELECT user_id FROM orders WHERE user_id >= ? AND "
                    + "saga_state = 'COMPLETED'", Long.class, FIRST_USER));
            for (long user = FIRST_USER; user < FIRST_USER + ORDERS; user++) {
                assertThat(shop.balanceOf(user)).as("balance of %d", user)
                        .isEqualTo(buyers.contains(user) ? FUNDS - 2 * PRICE : FUNDS);
            }

            Set<String> expected = new HashSet<>(completed.stream().map(String::valueOf).toList());
            try (TopicReader feed = new TopicReader(
                    second.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers"),
                    "surge.order.completed")) {
                Set<String> seen = new HashSet<>();
                feed.await(record -> expected.contains(record.key()) && seen.add(record.key()), expected.size(),
                        Duration.ofSeconds(60));
                assertThat(seen).isEqualTo(expected);
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        // arguments, not builder properties: those rank below application.yml's port and graceful shutdown;
        // what the killed instance left turns stale after 5 s here instead of a minute
        return AppInstances.start(SurgeApplication.class, "server.shutdown=immediate",
                "spring.modulith.events.staleness.published=PT5S",
                "spring.modulith.events.staleness.processing=PT5S",
                "spring.modulith.events.staleness.resubmitted=PT5S",
                "spring.modulith.events.staleness.check-interval=PT1S",
                "surge.outbox.resubmission-interval=PT1S");
    }
}
