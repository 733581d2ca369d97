package io.surge.ranking.adapter.in.web;

import static io.surge.ranking.RankingEvents.NOON;
import static io.surge.ranking.RankingEvents.TODAY;
import static io.surge.ranking.RankingEvents.at;
import static io.surge.ranking.RankingEvents.completed;
import static io.surge.ranking.RankingEvents.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.surge.ranking.RankingTestConfiguration;
import io.surge.ranking.adapter.out.redis.RankingKeys;
import io.surge.ranking.domain.Sale;
import io.surge.ranking.port.in.CountCompletedOrderCommand;
import io.surge.ranking.port.in.CountCompletedOrderUseCase;
import io.surge.ranking.port.in.ProjectProductCommand;
import io.surge.ranking.port.in.ProjectProductUseCase;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redisson.api.RType;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * {@code GET /api/v1/products/popular} over real HTTP, with the settings the application runs with: answers reused
 * for a second, the repair job on its schedule. Reads therefore wait (up to the freshness bound of ten seconds) for
 * the answer they expect.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(RankingTestConfiguration.class)
class PopularProductsApiTest {

    private static final String POPULAR = "/api/v1/products/popular";

    @LocalServerPort int port;
    @Autowired CountCompletedOrderUseCase countOrders;
    @Autowired ProjectProductUseCase projectProduct;
    @Autowired MutableClock clock;
    @Autowired RedissonClient redisson;
    @Autowired JdbcTemplate jdbc;
    @Value("${surge.ranking.key-prefix}") String keyPrefix;
    ApiClient api;
    long nextOrderId = 1;

    @BeforeEach
    void itIsNoonOnTheTwentyFirstInSeoul() {
        clock.setTo(NOON);
        api = new ApiClient(port);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void answersTheBestSellersOfTheLastThreeDaysWithTheirNamesAndPrices() {
        project(1, "Keyboard", 45_000);
        project(2, "Mouse", 19_000);
        sell(at(TODAY, 9, 0), new Sale(1, 2), new Sale(2, 1));
        sell(at(TODAY.minusDays(2), 0, 0), new Sale(2, 4));
        sell(at(TODAY.minusDays(3), 23, 59), new Sale(3, 100)); // three days ago: outside the window

        JsonNode body = popular("", answer -> assertThat(answer.path("items")).hasSize(2));

        assertThat(body.path("from").asString()).isEqualTo("2026-11-19");
        assertThat(body.path("to").asString()).isEqualTo("2026-11-21");
        JsonNode first = body.path("items").get(0);
        assertThat(first.propertyNames()).containsExactly("rank", "productId", "name", "price", "soldQuantity");
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("productId").asLong()).isEqualTo(2);
        assertThat(first.path("name").asString()).isEqualTo("Mouse");
        assertThat(first.path("price").asLong()).isEqualTo(19_000);
        assertThat(first.path("soldQuantity").asLong()).isEqualTo(5);
        JsonNode second = body.path("items").get(1);
        assertThat(second.path("rank").asInt()).isEqualTo(2);
        assertThat(second.path("productId").asLong()).isEqualTo(1);
        assertThat(second.path("soldQuantity").asLong()).isEqualTo(2);
    }

    @Test
    void respondsWithJson() {
        ApiResponse response = api.get(POPULAR + "?days=3&limit=5");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
    }

    @Test
    void theWindowEndsOnTodayInTheBusinessTimeZone() {
        clock.setTo(Instant.parse("2026-11-21T15:30:00Z")); // 00:30 on the 22nd in Seoul, still the 21st in UTC

        JsonNode threeDays = popular("?days=3", answer -> assertThat(answer.path("to").asString()).isNotEmpty());
        JsonNode today = popular("?days=1", answer -> assertThat(answer.path("to").asString()).isNotEmpty());
        JsonNode thirtyDays = popular("?days=30", answer -> assertThat(answer.path("to").asString()).isNotEmpty());

        assertThat(threeDays.path("from").asString()).isEqualTo("2026-11-20");
        assertThat(threeDays.path("to").asString()).isEqualTo("2026-11-22");
        assertThat(today.path("from").asString()).isEqualTo("2026-11-22");
        assertThat(today.path("to").asString()).isEqualTo("2026-11-22");
        assertThat(thirtyDays.path("from").asString()).isEqualTo("2026-10-24");
    }

    @Test
    void equalSalesRankBySmallerProductId() {
        sell(at(TODAY, 9, 0), new Sale(12, 2), new Sale(3, 1));
        sell(at(TODAY.minusDays(1), 9, 0), new Sale(7, 2), new Sale(3, 1), new Sale(20, 5));

        JsonNode body = popular("?limit=5", answer -> assertThat(answer.path("items")).hasSize(4));

        assertThat(productIds(body)).containsExactly(20L, 3L, 7L, 12L);
        assertThat(ranks(body)).containsExactly(1, 2, 3, 4);
        assertThat(productIds(popular("?limit=2", answer -> assertThat(answer.path("items")).hasSize(2))))
                .containsExactly(20L, 3L);
    }

    @Test
    void theLimitCutsTheListAndIsFiveUnlessGiven() {
        for (long productId = 1; productId <= 7; productId++) {
            sell(at(TODAY, 9, 0), new Sale(productId, 8 - productId));
        }

        assertThat(productIds(popular("", answer -> assertThat(answer.path("items")).hasSize(5))))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(popular("?limit=1", answer -> assertThat(answer.path("items")).hasSize(1))).isNotNull();
        assertThat(popular("?limit=100", answer -> assertThat(answer.path("items")).hasSize(7))).isNotNull();
    }

    @Test
    void aProductTheCatalogHasNotReportedYetRanksWithoutNameAndPrice() {
        sell(at(TODAY, 9, 0), new Sale(42, 1));

        JsonNode product = popular("", answer -> assertThat(answer.path("items")).hasSize(1)).path("items").get(0);

        assertThat(product.has("name")).isTrue();
        assertThat(product.path("name").isNull()).isTrue();
        assertThat(product.path("price").isNull()).isTrue();
        assertThat(product.path("soldQuantity").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({ "days=0, days", "days=31, days", "days=-1, days", "days=abc, days", "days=2.5, days",
            "limit=0, limit", "limit=101, limit", "limit=x, limit", "days=3&limit=1000, limit" })
    void refusesParametersOutOfBounds(String query, String field) {
        ApiResponse response = api.get(POPULAR + "?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("errors").findValuesAsString("field")).containsExactly(field);
    }

    @Test
    void aCompletedOrderShowsWithinTenSecondsEvenWhileAnswersAreReused(Scenario scenario) {
        sell(at(TODAY, 9, 0), new Sale(1, 1));
        popular("", answer -> assertThat(productIds(answer)).containsExactly(1L)); // the answer is now being reused

        scenario.publish(completed(900, NOON, item(2, 3)))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> api.get(POPULAR).body(), body -> productIds(body).equals(List.of(2L, 1L)))
                .andVerify(body -> assertThat(body.path("items").get(0).path("soldQuantity").asLong()).isEqualTo(3));
    }

    @Test
    void aDayThatMissedAChangeIsRepairedOnScheduleWithoutAnyRequest() {
        popular("", answer -> assertThat(answer.path("items")).isEmpty()); // today now has a Redis copy
        RankingKeys keys = new RankingKeys(keyPrefix);
        redisson.getBucket(keys.dailySales(TODAY), StringCodec.INSTANCE).set("not a sorted set");

        sell(NOON, new Sale(1, 2)); // Redis refuses the increment: the day is marked stale in MySQL

        assertThat(jdbc.queryForObject("SELECT stale FROM ranking_sales_day WHERE sales_date = ?", Boolean.class,
                TODAY)).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(redisson.getKeys().getType(keys.dailySales(TODAY))).isEqualTo(RType.ZSET);
            assertThat(redisson.getScoredSortedSet(keys.dailySales(TODAY), StringCodec.INSTANCE).getScore("1"))
                    .isEqualTo(2.0);
        });
        assertThat(jdbc.queryForObject("SELECT stale FROM ranking_sales_day WHERE sales_date = ?", Boolean.class,
                TODAY)).isFalse();
        popular("", answer -> assertThat(productIds(answer)).containsExactly(1L));
    }

    private void project(long productId, String name, long price) {
        projectProduct.project(new ProjectProductCommand(productId, name, price, NOON.minusSeconds(86_400)));
    }

    private void sell(Instant completedAt, Sale... items) {
        countOrders.count(new CountCompletedOrderCommand(nextOrderId++, completedAt, List.of(items)));
    }

    /** The answer to {@code GET /products/popular<query>} once it passes {@code expectation} (answers are reused). */
    private JsonNode popular(String query, Consumer<JsonNode> expectation) {
        AtomicReference<JsonNode> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ApiResponse response = api.get(POPULAR + query);
            assertThat(response.status()).isEqualTo(200);
            expectation.accept(response.body());
            answer.set(response.body());
        });
        return answer.get();
    }

    private static List<Long> productIds(JsonNode body) {
        List<Long> ids = new ArrayList<>();
        body.path("items").forEach(item -> ids.add(item.path("productId").asLong()));
        return ids;
    }

    private static List<Integer> ranks(JsonNode body) {
        List<Integer> ranks = new ArrayList<>();
        body.path("items").forEach(item -> ranks.add(item.path("rank").asInt()));
        return ranks;
    }
}
