package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stops the application in the middle of a batch of sagas, with some steps committed and others not, and starts
 * it again on the same database: every order reaches a terminal state, nothing is paid or reserved twice.
 */
class OrderCrashRecoveryTest {

    private static final int ORDERS = 150;
    private static final long FIRST_USER = 70_001;
    private static final long INITIAL_STOCK = 1_000;
    private static final long FUNDS = 10_000;

    @Test
    void sagasInterruptedByAStopFinishAfterTheRestart() throws Exception {
        long product;
        try (ConfigurableApplicationContext first = start()) {
            Shop shop = new Shop(port(first));
            product = shop.product("Crash-proof", 100, INITIAL_STOCK);
            for (int i = 0; i < ORDERS; i++) {
                shop.charge(FIRST_USER + i, FUNDS);
            }
            List<ApiResponse> placed = Race.of(ORDERS, i -> shop.order(FIRST_USER + i, null, product, 2));
            assertThat(placed).extracting(ApiResponse::status).allMatch(status -> status == 201 || status == 202);
            int unsettledAtStop = first.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM orders WHERE user_id >= ? AND saga_state <> 'COMPLETED'", Integer.class,
                    FIRST_USER);
            assertThat(unsettledAtStop).as("sagas still running when the application stops").isPositive();
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Shop shop = new Shop(port(second));
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM orders WHERE user_id >= ? AND saga_state = 'COMPLETED'", Integer.class,
                    FIRST_USER)).isEqualTo(ORDERS));

            assertThat(shop.stockOf(product)).isEqualTo(INITIAL_STOCK - 2L * ORDERS);
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM point_ledger WHERE user_id >= ? AND entry_type = 'USE'""", Integer.class,
                    FIRST_USER)).isEqualTo(ORDERS);
            for (int i = 0; i < ORDERS; i++) {
                assertThat(shop.balanceOf(FIRST_USER + i)).isEqualTo(FUNDS - 200);
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SurgeApplication.class)
                .properties("server.port=0", "surge.order.response-timeout=PT0S")
                .run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }
}
