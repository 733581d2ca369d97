package io.surge.ranking;

import static io.surge.ranking.RankingEvents.NOON;
import static io.surge.ranking.RankingEvents.TODAY;
import static io.surge.ranking.RankingEvents.at;
import static io.surge.ranking.RankingEvents.cancelled;
import static io.surge.ranking.RankingEvents.changed;
import static io.surge.ranking.RankingEvents.completed;
import static io.surge.ranking.RankingEvents.item;
import static io.surge.ranking.RankingEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.surge.order.events.OrderCancelled;
import io.surge.order.events.OrderCompleted;
import io.surge.order.events.OrderFailed;
import io.surge.order.events.OrderPlaced;
import io.surge.ranking.adapter.out.redis.RankingKeys;
import io.surge.ranking.domain.PopularProduct;
import io.surge.ranking.domain.PopularProducts;
import io.surge.ranking.domain.ProductSales;
import io.surge.ranking.domain.SalesWindow;
import io.surge.ranking.port.in.GetPopularProductsQuery;
import io.surge.ranking.port.in.RepairFastPathUseCase;
import io.surge.ranking.port.out.DailySalesRepository;
import io.surge.testsupport.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.client.protocol.ScoredEntry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * Ranking driven by events as the order and catalog modules publish them, against the real database, Redis and
 * event publication registry. Answers are not reused between calls here ({@code cache-ttl=PT0S}) and repairs run
 * when a test asks ({@code repair-interval=PT1H}), so every assertion sees the state the events left.
 */
@ApplicationModuleTest
@Import(RankingTestConfiguration.class)
@TestPropertySource(properties = { "surge.ranking.cache-ttl=PT0S", "surge.ranking.repair-interval=PT1H" })
class RankingModuleTest {

    @Autowired GetPopularProductsQuery popular;
    @Autowired RepairFastPathUseCase repairFastPath;
    @Autowired DailySalesRepository dailySales;
    @Autowired EventPublicationRegistry publications;
    @Autowired RedissonClient redisson;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Value("${surge.ranking.key-prefix}") String keyPrefix;
    RankingKeys keys;

    @BeforeEach
    void itIsNoonOnTheTwentyFirstInSeoul() {
        clock.setTo(NOON);
        keys = new RankingKeys(keyPrefix);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void countsWhatACompletedOrderSoldOnItsBusinessDay(Scenario scenario) {
        buildEveryDay();
        deliver(scenario, registered(1, "Keyboard", 45_000, NOON.minusSeconds(3_600)));

        deliver(scenario, completed(100, NOON, item(1, 2), item(2, 1), item(1, 1)));

        PopularProducts answer = popular.popular(3, 5);
        assertThat(answer.window()).isEqualTo(new SalesWindow(TODAY.minusDays(2), TODAY));
        assertThat(answer.items()).containsExactly(new PopularProduct(1, 1, "Keyboard", 45_000L, 3),
                new PopularProduct(2, 2, null, null, 1));
        assertThat(redisCopyOf(TODAY)).containsOnly(entry(1L, 3L), entry(2L, 1L));
    }

    @Test
    void aRedeliveredCompletionIsCountedOnce(Scenario scenario) {
        buildEveryDay();
        OrderCompleted order = completed(101, NOON, item(1, 2));

        deliver(scenario, order);
        deliver(scenario, order);

        assertThat(sold(3)).containsExactly(entry(1L, 2L));
        assertThat(redisCopyOf(TODAY)).containsOnly(entry(1L, 2L));
        // the redelivery cannot know whether Redis got the first delivery's units: the day is rebuilt from MySQL
        assertThat(isStale(TODAY)).isTrue();
        assertThat(repairFastPath.repair()).isEqualTo(1);
        assertThat(isStale(TODAY)).isFalse();
        assertThat(redisCopyOf(TODAY)).containsOnly(entry(1L, 2L));
    }

    @Test
    void aCancellationTakesTheUnitsBackOnceHoweverOftenItIsDelivered(Scenario scenario) {
        buildEveryDay();
        OrderCompleted order = completed(102, NOON, item(1, 2), item(2, 5));
        deliver(scenario, completed(103, NOON, item(2, 1)));
        deliver(scenario, order);
        OrderCancelled cancellation = cancelled(order, NOON.plusSeconds(60));

        deliver(scenario, cancellation);
        deliver(scenario, cancellation);

        assertThat(sold(3)).containsExactly(entry(2L, 1L)); // product 1 sold nothing net: it does not rank
        assertThat(mySqlAnswer(3)).containsExactly(entry(2L, 1L));
        assertThat(redisCopyOf(TODAY)).containsOnly(entry(1L, 0L), entry(2L, 1L));
        assertThat(soldInMySql(TODAY, 2)).isEqualTo(1);
    }

    @Test
    void aCancellationThatArrivesBeforeItsCompletionKeepsItFromEverCounting(Scenario scenario) {
        OrderCompleted order = completed(104, NOON, item(1, 4));

        deliver(scenario, cancelled(order, NOON.plusSeconds(1)));
        deliver(scenario, order);

        assertThat(sold(3)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ranking_daily_sales", Integer.class)).isZero();
    }

    @Test
    void aCancellationIsTakenFromTheDayTheOrderWasCountedOn(Scenario scenario) {
        buildEveryDay();
        OrderCompleted lateYesterday = completed(105, at(TODAY.minusDays(1), 23, 59), item(1, 3));
        deliver(scenario, completed(106, NOON, item(1, 1)));
        deliver(scenario, lateYesterday);

        deliver(scenario, cancelled(lateYesterday, NOON));

        assertThat(sold(1)).containsExactly(entry(1L, 1L));
        assertThat(sold(2)).containsExactly(entry(1L, 1L));
        assertThat(soldInMySql(TODAY.minusDays(1), 1)).isZero();
        assertThat(redisCopyOf(TODAY.minusDays(1))).containsOnly(entry(1L, 0L));
    }

    @Test
    void onlyPaidOrdersCount(Scenario scenario) {
        deliver(scenario, new OrderPlaced(UUID.randomUUID(), 107, 7, null, NOON));
        deliver(scenario, new OrderFailed(UUID.randomUUID(), 108, 7, "INSUFFICIENT_POINTS", NOON));

        assertThat(sold(3)).isEmpty();
    }

    @Test
    void salesBelongToTheBusinessDayInSeoulNotTheUtcDay(Scenario scenario) {
        buildEveryDay();
        deliver(scenario, completed(109, Instant.parse("2026-11-20T15:00:00Z"), item(1, 1))); // 00:00 on the 21st
        deliver(scenario, completed(110, Instant.parse("2026-11-20T14:59:59.999999Z"), item(2, 1))); // the 20th

        assertThat(sold(1)).containsOnlyKeys(1L);
        assertThat(sold(2)).containsOnlyKeys(1L, 2L);
        assertThat(redisCopyOf(TODAY.minusDays(1))).containsOnly(entry(2L, 1L));
    }

    @Test
    void theWindowIsTheLastCalendarDaysIncludingToday(Scenario scenario) {
        buildEveryDay();
        deliver(scenario, completed(111, at(TODAY, 0, 0), item(1, 1)));
        deliver(scenario, completed(112, at(TODAY.minusDays(1), 12, 0), item(2, 1)));
        deliver(scenario, completed(113, at(TODAY.minusDays(2), 0, 0), item(3, 1))); // first instant of the window
        deliver(scenario, completed(114, at(TODAY.minusDays(2), 0, 0).minusNanos(1_000), item(4, 1))); // just before

        PopularProducts lastThreeDays = popular.popular(3, 5);

        assertThat(lastThreeDays.window()).isEqualTo(new SalesWindow(LocalDate.of(2026, 11, 19), TODAY));
        assertThat(lastThreeDays.items()).extracting(PopularProduct::productId).containsExactly(1L, 2L, 3L);
        assertThat(sold(1)).containsOnlyKeys(1L);
        assertThat(sold(4)).containsOnlyKeys(1L, 2L, 3L, 4L);
        assertThat(mySqlAnswer(3)).containsOnlyKeys(1L, 2L, 3L);
    }

    @Test
    void theWindowMovesWithTheClockAtMidnightInSeoul(Scenario scenario) {
        deliver(scenario, completed(115, NOON, item(1, 2)));
        assertThat(sold(3)).containsExactly(entry(1L, 2L));

        clock.setTo(at(TODAY.plusDays(2), 23, 59)); // the 21st is the first day of the window
        assertThat(sold(3)).containsExactly(entry(1L, 2L));

        clock.setTo(at(TODAY.plusDays(3), 0, 0)); // midnight: the 21st was three days ago
        assertThat(popular.popular(3, 5).window()).isEqualTo(new SalesWindow(TODAY.plusDays(1), TODAY.plusDays(3)));
        assertThat(sold(3)).isEmpty();
        assertThat(sold(4)).containsExactly(entry(1L, 2L));
    }

    @Test
    void tiesGoToTheSmallerProductIdNotToTheSmallerText(Scenario scenario) {
        buildEveryDay();
        // Redis orders equal scores by member text ("10" < "9"), and the limit falls inside the tie
        deliver(scenario, completed(116, NOON, item(9, 1), item(10, 1), item(100, 1), item(11, 1)));
        deliver(scenario, completed(117, at(TODAY.minusDays(1), 9, 0), item(10, 1), item(100, 1), item(9, 1),
                item(50, 3)));

        assertThat(popular.popular(3, 3).items()).extracting(PopularProduct::rank, PopularProduct::productId)
                .containsExactly(tuple(1, 50L), tuple(2, 9L), tuple(3, 10L));
        assertThat(popular.popular(3, 5).items()).extracting(PopularProduct::productId)
                .containsExactly(50L, 9L, 10L, 100L, 11L);
        assertThat(mySqlAnswer(3).keySet()).containsExactly(50L, 9L, 10L, 100L, 11L);
    }

    @Test
    void theProjectionKeepsTheNewestReportOfAProduct(Scenario scenario) {
        deliver(scenario, registered(1, "Keyboard", 45_000, NOON.minusSeconds(300)));
        deliver(scenario, changed(1, "Mechanical keyboard", 52_000, NOON.minusSeconds(100)));
        deliver(scenario, changed(1, "Old name", 40_000, NOON.minusSeconds(200))); // older, delivered late
        deliver(scenario, registered(1, "Keyboard", 45_000, NOON.minusSeconds(300))); // redelivered
        deliver(scenario, completed(118, NOON, item(1, 1)));

        assertThat(popular.popular(3, 5).items()).singleElement().satisfies(product -> {
            assertThat(product.name()).isEqualTo("Mechanical keyboard");
            assertThat(product.price()).isEqualTo(52_000);
        });
    }

    @Test
    void daysWhoseRedisCopiesVanishedAreRebuiltToTheSameAnswer(Scenario scenario) {
        sellOverThreeDays(scenario);
        PopularProducts before = popular.popular(3, 5);

        redisson.getKeys().deleteByPattern(keyPrefix + "ranking:*");

        assertThat(popular.popular(3, 5)).isEqualTo(before);
        assertThat(redisCopyOf(TODAY)).isNotEmpty();
        assertThat(redisson.getBucket(keys.built(TODAY.minusDays(2)), StringCodec.INSTANCE).isExists()).isTrue();
        assertThat(ranked(before)).isEqualTo(mySqlAnswer(3));
    }

    @Test
    void whenRedisErrsTheAnswerComesFromMySqlAndIsTheSame(Scenario scenario) {
        sellOverThreeDays(scenario);
        PopularProducts fromRedis = popular.popular(3, 5);

        corrupt(TODAY.minusDays(1));

        assertThat(popular.popular(3, 5)).isEqualTo(fromRedis);
    }

    @Test
    void aRedisFailureWhileCountingNeverFailsTheListenerAndTheDayIsRepairedFromMySql(Scenario scenario) {
        buildEveryDay();
        deliver(scenario, completed(119, NOON, item(1, 1)));
        corrupt(TODAY);

        deliver(scenario, completed(120, NOON, item(1, 2), item(2, 1))); // returns once the listener completed

        assertThat(isStale(TODAY)).isTrue();
        assertThat(sold(3)).containsExactly(entry(1L, 3L), entry(2L, 1L)); // from MySQL: Redis still errs
        assertThat(repairFastPath.repair()).isEqualTo(1);
        assertThat(isStale(TODAY)).isFalse();
        assertThat(redisCopyOf(TODAY)).containsOnly(entry(1L, 3L), entry(2L, 1L));
        assertThat(repairFastPath.repair()).isZero();
    }

    @Test
    void aCopyOfAnotherGenerationIsRepaired(Scenario scenario) {
        buildEveryDay();
        deliver(scenario, completed(121, NOON, item(1, 1)));
        // as after a fail-over to a replica that missed the last rebuild: an old build, which no count joins
        redisson.getBucket(keys.built(TODAY), StringCodec.INSTANCE).set("0");
        deliver(scenario, completed(122, NOON, item(1, 1)));

        assertThat(repairFastPath.repair()).isEqualTo(1);

        assertThat(redisCopyOf(TODAY)).containsOnly(entry(1L, 2L));
        assertThat(sold(3)).containsExactly(entry(1L, 2L));
    }

    @Test
    void everyDaysCopyExpiresOnceNoWindowCanReachIt(Scenario scenario) {
        deliver(scenario, completed(123, NOON, item(1, 1)));
        deliver(scenario, completed(124, at(TODAY.minusDays(29), 12, 0), item(1, 1)));

        popular.popular(30, 5);

        // the 30-day window reaches today until 2026-12-20; its copy goes at the start of 2026-12-22 in Seoul
        assertThat(timeToLive(keys.dailySales(TODAY))).isBetween(Duration.ofDays(30).plusHours(11),
                Duration.ofDays(30).plusHours(12));
        assertThat(timeToLive(keys.built(TODAY))).isBetween(Duration.ofDays(30).plusHours(11),
                Duration.ofDays(30).plusHours(12));
        assertThat(timeToLive(keys.built(TODAY.minusDays(1)))).isBetween(Duration.ofDays(29).plusHours(11),
                Duration.ofDays(29).plusHours(12));
        assertThat(timeToLive(keys.dailySales(TODAY.minusDays(29)))).isBetween(Duration.ofDays(1).plusHours(11),
                Duration.ofDays(1).plusHours(12));
        assertThat(redisson.getKeys().countExists(keys.union())).isZero();
    }

    @Test
    void anEmptyAnswerWipesNothing(Scenario scenario) {
        buildEveryDay();
        deliver(scenario, completed(125, at(TODAY.minusDays(2), 12, 0), item(1, 5)));

        assertThat(popular.popular(1, 5).items()).isEmpty();
        assertThat(popular.popular(2, 5).items()).isEmpty();

        assertThat(sold(3)).containsExactly(entry(1L, 5L));
        assertThat(redisCopyOf(TODAY.minusDays(2))).containsOnly(entry(1L, 5L));
        assertThat(soldInMySql(TODAY.minusDays(2), 1)).isEqualTo(5);
    }

    private void sellOverThreeDays(Scenario scenario) {
        buildEveryDay();
        deliver(scenario, registered(1, "Keyboard", 45_000, NOON.minusSeconds(3_600)));
        deliver(scenario, registered(3, "Mouse", 19_000, NOON.minusSeconds(3_600)));
        deliver(scenario, completed(200, at(TODAY, 9, 0), item(1, 2), item(2, 1)));
        deliver(scenario, completed(201, at(TODAY.minusDays(1), 9, 0), item(3, 4), item(4, 1)));
        deliver(scenario, completed(202, at(TODAY.minusDays(2), 9, 0), item(1, 2), item(5, 1)));
        OrderCompleted cancelledLater = completed(203, at(TODAY.minusDays(2), 10, 0), item(6, 9));
        deliver(scenario, cancelledLater);
        deliver(scenario, cancelled(cancelledLater, NOON));
        deliver(scenario, completed(204, at(TODAY.minusDays(3), 9, 0), item(7, 50)));
    }

    /** Reads every servable day once, so each has a copy and counts go to Redis as increments. */
    private void buildEveryDay() {
        popular.popular(SalesWindow.MAX_DAYS, 5);
    }

    private void deliver(Scenario scenario, Object event) {
        scenario.publish(event)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> publications.findIncompletePublications().isEmpty(),
                        Boolean::booleanValue)
                .andVerify(everyListenerCompleted -> {
                });
    }

    private Map<Long, Long> sold(int days) {
        return ranked(popular.popular(days, 5));
    }

    private static Map<Long, Long> ranked(PopularProducts products) {
        Map<Long, Long> sold = new LinkedHashMap<>();
        products.items().forEach(product -> sold.put(product.productId(), product.soldQuantity()));
        return sold;
    }

    private Map<Long, Long> mySqlAnswer(int days) {
        Map<Long, Long> sold = new LinkedHashMap<>();
        List<ProductSales> top = dailySales.topSellers(SalesWindow.endingOn(TODAY, days), 5);
        top.forEach(product -> sold.put(product.productId(), product.soldQuantity()));
        return sold;
    }

    private long soldInMySql(LocalDate day, long productId) {
        return jdbc.queryForObject("SELECT quantity FROM ranking_daily_sales WHERE sales_date = ? AND product_id = ?",
                Long.class, day, productId);
    }

    private boolean isStale(LocalDate day) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT stale FROM ranking_sales_day WHERE sales_date = ?", Boolean.class, day));
    }

    private Map<Long, Long> redisCopyOf(LocalDate day) {
        Map<Long, Long> copy = new LinkedHashMap<>();
        for (ScoredEntry<String> entry : redisson.<String>getScoredSortedSet(keys.dailySales(day), StringCodec.INSTANCE)
                .entryRange(0, -1)) {
            copy.put(Long.valueOf(entry.getValue()), entry.getScore().longValue());
        }
        return copy;
    }

    /** Puts a string where the day's sorted set is: every sorted-set command on it now fails (WRONGTYPE). */
    private void corrupt(LocalDate day) {
        redisson.getBucket(keys.dailySales(day), StringCodec.INSTANCE).set("not a sorted set");
    }

    private Duration timeToLive(String key) {
        return Duration.ofMillis(redisson.getKeys().remainTimeToLive(key));
    }
}
