package io.surge.ranking;

import static io.surge.ranking.RankingEvents.NOON;
import static io.surge.ranking.RankingEvents.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.surge.ranking.adapter.out.redis.RankingKeys;
import io.surge.ranking.domain.PopularProduct;
import io.surge.ranking.domain.Sale;
import io.surge.ranking.port.in.CountCompletedOrderCommand;
import io.surge.ranking.port.in.CountCompletedOrderUseCase;
import io.surge.ranking.port.in.GetPopularProductsQuery;
import io.surge.ranking.port.in.RepairFastPathUseCase;
import io.surge.ranking.port.in.UncountCancelledOrderCommand;
import io.surge.ranking.port.in.UncountCancelledOrderUseCase;
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
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Counts and cancellations racing rebuilds of the same day, on real threads against the real database and Redis:
 * after every round the day's Redis copy equals MySQL exactly, with no repair in between. Without the generation
 * handshake a count committed just before a rebuild's snapshot would be added twice, and one committed just after
 * would be lost.
 */
@ApplicationModuleTest
@Import(RankingTestConfiguration.class)
@TestPropertySource(properties = { "surge.ranking.cache-ttl=PT0S", "surge.ranking.repair-interval=PT1H" })
class RankingConcurrencyTest {

    private static final int ROUNDS = 12;
    private static final int COUNTERS = 4;
    private static final int ORDERS_PER_COUNTER = 6;

    @Autowired CountCompletedOrderUseCase countOrders;
    @Autowired UncountCancelledOrderUseCase uncountOrders;
    @Autowired GetPopularProductsQuery popular;
    @Autowired RepairFastPathUseCase repairFastPath;
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
    void countsRacingRebuildsLeaveTheRedisCopyEqualToMySql() throws Exception {
        popular.popular(1, 5);
        long nextOrder = 1_000;
        for (int round = 0; round < ROUNDS; round++) {
            long firstOrder = nextOrder;
            nextOrder += COUNTERS * ORDERS_PER_COUNTER;
            boolean dropCopy = round % 2 == 0;

            race(counter -> {
                for (int i = 0; i < ORDERS_PER_COUNTER; i++) {
                    long orderId = firstOrder + (long) counter * ORDERS_PER_COUNTER + i;
                    List<Sale> items = List.of(new Sale(1 + (orderId % 3), 1 + (orderId % 2)), new Sale(4, 1));
                    countOrders.count(new CountCompletedOrderCommand(orderId, NOON, items));
                    if (i % 3 == 2) {
                        uncountOrders.uncount(new UncountCancelledOrderCommand(orderId - 1, NOON, List.of(
                                new Sale(1 + ((orderId - 1) % 3), 1 + ((orderId - 1) % 2)), new Sale(4, 1))));
                    }
                }
            }, () -> {
                if (dropCopy) { // Redis lost the day: its next reader builds it from MySQL
                    redisson.getKeys().delete(keys.built(TODAY), keys.dailySales(TODAY));
                    popular.popular(1, 5);
                } else { // the day missed a change: the repair job builds it again
                    jdbc.update("UPDATE ranking_sales_day SET stale = TRUE WHERE sales_date = ?", TODAY);
                    repairFastPath.repair();
                }
            });

            assertThat(redisCopyOfToday()).as("round %d", round).isEqualTo(mySqlOfToday());
        }
        assertThat(popular.popular(1, 5).items()).extracting(PopularProduct::productId).containsExactlyElementsOf(
                jdbc.queryForList("SELECT product_id FROM ranking_daily_sales WHERE sales_date = ? AND quantity > 0"
                        + " ORDER BY quantity DESC, product_id", Long.class, TODAY));
    }

    private interface Work {
        void run(int worker) throws Exception;
    }

    private interface Disruption {
        void run() throws Exception;
    }

    private static void race(Work counter, Disruption rebuild) throws Exception {
        CyclicBarrier start = new CyclicBarrier(COUNTERS + 1);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(COUNTERS + 1)) {
            for (int worker = 0; worker < COUNTERS; worker++) {
                int id = worker;
                results.add(threads.submit((Callable<Void>) () -> {
                    start.await();
                    counter.run(id);
                    return null;
                }));
            }
            results.add(threads.submit((Callable<Void>) () -> {
                start.await();
                Thread.sleep(5);
                rebuild.run();
                return null;
            }));
        }
        for (Future<?> result : results) {
            result.get();
        }
    }

    private Map<Long, Long> redisCopyOfToday() {
        assertThat(redisson.getBucket(keys.built(TODAY), StringCodec.INSTANCE).isExists()).isTrue();
        Map<Long, Long> copy = new LinkedHashMap<>();
        for (ScoredEntry<String> entry : redisson.<String>getScoredSortedSet(keys.dailySales(TODAY),
                StringCodec.INSTANCE).entryRange(0, -1)) {
            copy.put(Long.valueOf(entry.getValue()), entry.getScore().longValue());
        }
        return sortedByProduct(copy);
    }

    private Map<Long, Long> mySqlOfToday() {
        Map<Long, Long> sales = new LinkedHashMap<>();
        jdbc.query("SELECT product_id, quantity FROM ranking_daily_sales WHERE sales_date = ? ORDER BY product_id",
                row -> {
                    sales.put(row.getLong(1), row.getLong(2));
                }, TODAY);
        return sales;
    }

    private static Map<Long, Long> sortedByProduct(Map<Long, Long> map) {
        Map<Long, Long> sorted = new LinkedHashMap<>();
        map.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
