package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import io.surge.SurgeApplication;
import io.surge.testsupport.concurrency.Race;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders racing each other for the same stock and the same wallet, on real threads, through every module.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OrderConcurrencyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    Shop shop;

    @BeforeEach
    void openShop() {
        shop = new Shop(port);
    }

    @Test
    void twentyInStockAndAHundredBuyersSellExactlyTwenty() throws Exception {
        long product = shop.product("Limited", 1_000, 20);
        for (long user = 1; user <= 100; user++) {
            shop.charge(user, 5_000);
        }

        List<ApiResponse> answers = Race.of(100, i -> shop.order(i + 1, null, product, 1));

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(20);
        assertThat(answers).filteredOn(answer -> answer.status() == 409)
                .hasSize(80).allSatisfy(answer -> assertThat(answer.code()).isEqualTo("INSUFFICIENT_STOCK"));
        assertThat(shop.stockOf(product)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM point_ledger l JOIN orders o ON o.order_id = l.order_id
                WHERE o.saga_state = 'FAILED'""", Integer.class))
                .as("buyers who passed the quote, paid, then found the stock gone leave no ledger entry").isZero();
        for (int i = 0; i < 100; i++) {
            long expected = answers.get(i).status() == 201 ? 4_000 : 5_000;
            assertThat(shop.balanceOf(i + 1)).isEqualTo(expected);
        }
    }

    /**
     * Orders keep inserting outbox rows while the outbox deletes and updates the completed ones in batches: those
     * writes lock only the rows they address, so no order ever fails on a deadlock with them.
     */
    @Test
    void aSustainedRushCommitsEveryOrderWhileTheOutboxCompletesItsPublicationsInBatches() throws Exception {
        int buyers = 32;
        int ordersEach = 20;
        long[] products = LongStream.range(0, 10).map(i -> shop.product("Rush " + i, 100, 1_000)).toArray();
        for (long user = 1; user <= buyers; user++) {
            shop.charge(user, 100 * ordersEach);
        }

        List<List<Integer>> statuses = Race.of(buyers, i -> IntStream.range(0, ordersEach)
                .mapToObj(n -> shop.order(i + 1, null, products[(i + n) % products.length], 1).status())
                .toList());

        assertThat(statuses.stream().flatMap(List::stream)).hasSize(buyers * ordersEach).containsOnly(201);
        assertThat(LongStream.of(products).map(shop::stockOf).sum()).isEqualTo(10 * 1_000 - buyers * ordersEach);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION", Integer.class))
                .as("publications not completed").isZero());
    }

    @Test
    void aWalletForThreeOrdersPaysExactlyThreeOfTen() throws Exception {
        long product = shop.product("Gift", 1_000, 100);
        shop.charge(77, 3_000);

        List<ApiResponse> answers = Race.of(10, i -> shop.order(77, null, product, 1));

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(3);
        assertThat(answers).filteredOn(answer -> answer.status() == 409)
                .hasSize(7).allSatisfy(answer -> assertThat(answer.code()).isEqualTo("INSUFFICIENT_POINTS"));
        assertThat(shop.balanceOf(77)).isZero();
        assertThat(shop.stockOf(product)).isEqualTo(97);
    }

    @Test
    void aMixedStormKeepsEveryInvariant() throws Exception {
        int users = 40;
        long[] products = { shop.product("A", 700, 30), shop.product("B", 1_100, 30), shop.product("C", 300, 30) };
        long coupon = shop.fixedCoupon(400, 0, users);
        long[] userCoupons = new long[users + 1];
        for (int user = 1; user <= users; user++) {
            shop.charge(user, 6_000);
            userCoupons[user] = shop.issue(user, coupon);
        }

        List<ApiResponse> answers = Race.of(120, i -> {
            int user = 1 + i % users;
            ThreadLocalRandom random = ThreadLocalRandom.current();
            ApiResponse placed = shop.order(user, random.nextBoolean() ? userCoupons[user] : null,
                    products[random.nextInt(3)], 1 + random.nextInt(3), products[random.nextInt(3)], 1);
            if (placed.status() == 201 && random.nextInt(3) == 0) {
                shop.cancel(user, placed.body().path("orderId").asLong());
            }
            return placed;
        });

        assertThat(answers).extracting(ApiResponse::status).allMatch(status -> status == 201 || status == 409);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM orders WHERE saga_state NOT IN ('COMPLETED', 'FAILED', 'CANCELLED')",
                Integer.class)).isZero());

        for (long product : products) {
            Long sold = jdbc.queryForObject("""
                    SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l JOIN orders o ON o.order_id = l.order_id
                    WHERE o.saga_state = 'COMPLETED' AND l.product_id = ?""", Long.class, product);
            assertThat(shop.stockOf(product) + sold).as("stock + sold of product %d", product).isEqualTo(30);
        }
        for (int user = 1; user <= users; user++) {
            Long paid = jdbc.queryForObject(
                    "SELECT COALESCE(SUM(paid_amount), 0) FROM orders WHERE user_id = ? AND saga_state = 'COMPLETED'",
                    Long.class, user);
            Long ledgerSum = jdbc.queryForObject("""
                    SELECT COALESCE(SUM(CASE entry_type WHEN 'USE' THEN -amount ELSE amount END), 0)
                    FROM point_ledger WHERE user_id = ?""", Long.class, user);
            assertThat(shop.balanceOf(user)).as("balance of user %d", user)
                    .isEqualTo(ledgerSum).isEqualTo(6_000 - paid).isNotNegative();
        }
        List<Map<String, Object>> usedCoupons = jdbc.queryForList(
                "SELECT user_coupon_id, order_id FROM user_coupon WHERE status = 'USED'");
        for (Map<String, Object> used : usedCoupons) {
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM orders WHERE user_coupon_id = ? AND saga_state = 'COMPLETED'""",
                    Integer.class, used.get("user_coupon_id"))).as("completed orders using a used coupon").isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM orders WHERE saga_state = 'COMPLETED' AND user_coupon_id IS NOT NULL""",
                Integer.class)).isEqualTo(usedCoupons.size());
    }
}
