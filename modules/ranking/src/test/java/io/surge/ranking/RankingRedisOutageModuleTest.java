package io.surge.ranking;

import static io.surge.ranking.RankingEvents.NOON;
import static io.surge.ranking.RankingEvents.TODAY;
import static io.surge.ranking.RankingEvents.completed;
import static io.surge.ranking.RankingEvents.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.surge.ranking.adapter.out.redis.RankingKeys;
import io.surge.ranking.domain.PopularProducts;
import io.surge.ranking.port.in.GetPopularProductsQuery;
import io.surge.ranking.port.in.RepairFastPathUseCase;
import io.surge.testsupport.infrastructure.ProxiedRedis;
import io.surge.testsupport.infrastructure.TcpProxy;
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
 * Redis goes away while ranking runs, and comes back. Meanwhile every best-seller read is answered from MySQL within
 * the ranking's Redis timeout, and only the first few wait that long: then the circuit is open and Redis is not
 * called at all (Redisson alone would keep each caller for seconds of retries). Counting goes on and marks the day
 * for repair; once Redis is back the repair makes its copy agree with MySQL. Repairs run when the test asks
 * ({@code repair-interval=PT1H}).
 */
@ApplicationModuleTest
@Import({ RankingTestConfiguration.class, ProxiedRedis.class })
@TestPropertySource(properties = { "surge.ranking.cache-ttl=PT0S", "surge.ranking.repair-interval=PT1H" })
class RankingRedisOutageModuleTest {

    private static final int READS = 20;
    /** RedisGuard's circuit opens once this many calls were made and half of them failed. */
    private static final int CALLS_BEFORE_THE_CIRCUIT_OPENS = 5;

    @Autowired TcpProxy redis;
    @Autowired GetPopularProductsQuery popular;
    @Autowired RepairFastPathUseCase repairFastPath;
    @Autowired EventPublicationRegistry publications;
    @Autowired RedissonClient redisson;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Value("${surge.ranking.key-prefix}") String keyPrefix;
    @Value("${surge.ranking.redis-timeout}") Duration redisTimeout;

    @BeforeEach
    void itIsNoonOnTheTwentyFirstInSeoul() {
        clock.setTo(NOON);
    }

    @AfterEach
    void backToNow() {
        redis.open();
        clock.reset();
    }

    @Test
    void whileRedisIsAwayReadsAnswerFromMySqlPromptlyAndOnceItIsBackItsCopyAgreesWithMySql(Scenario scenario) {
        popular.popular(3, 5); // builds the window's days in Redis
        deliver(scenario, completed(500, NOON, item(1, 2)));
        assertThat(redisCopyOf(TODAY)).containsOnly(entry(1L, 2L));

        redis.close();
        deliver(scenario, completed(501, NOON, item(2, 3))); // its listener completes all the same
        List<Duration> reads = new ArrayList<>();
        for (int read = 0; read < READS; read++) {
            long start = System.nanoTime();
            assertThat(sold(popular.popular(3, 5))).containsExactly(entry(2L, 3L), entry(1L, 2L));
            reads.add(Duration.ofNanos(System.nanoTime() - start));
        }

        assertThat(reads).allSatisfy(read -> assertThat(read).isLessThan(redisTimeout.plusSeconds(1)));
        assertThat(reads.stream().filter(read -> read.compareTo(redisTimeout) >= 0))
                .as("reads that waited for Redis, of %s", reads)
                .hasSizeLessThanOrEqualTo(CALLS_BEFORE_THE_CIRCUIT_OPENS);
        assertThat(isStale(TODAY)).isTrue();

        redis.open();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .untilAsserted(() -> assertThat(repairFastPath.repair()).isEqualTo(1));
        assertThat(isStale(TODAY)).isFalse();
        assertThat(redisCopyOf(TODAY)).containsOnly(entry(1L, 2L), entry(2L, 3L));
        assertThat(sold(popular.popular(3, 5))).containsExactly(entry(2L, 3L), entry(1L, 2L));
    }

    private void deliver(Scenario scenario, Object event) {
        scenario.publish(event)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> publications.findIncompletePublications().isEmpty(),
                        Boolean::booleanValue)
                .andVerify(everyListenerCompleted -> {
                });
    }

    private static Map<Long, Long> sold(PopularProducts products) {
        Map<Long, Long> sold = new LinkedHashMap<>();
        products.items().forEach(product -> sold.put(product.productId(), product.soldQuantity()));
        return sold;
    }

    private boolean isStale(LocalDate day) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT stale FROM ranking_sales_day WHERE sales_date = ?", Boolean.class, day));
    }

    private Map<Long, Long> redisCopyOf(LocalDate day) {
        Map<Long, Long> copy = new LinkedHashMap<>();
        String key = new RankingKeys(keyPrefix).dailySales(day);
        for (ScoredEntry<String> entry : redisson.<String>getScoredSortedSet(key, StringCodec.INSTANCE)
                .entryRange(0, -1)) {
            copy.put(Long.valueOf(entry.getValue()), entry.getScore().longValue());
        }
        return copy;
    }
}
