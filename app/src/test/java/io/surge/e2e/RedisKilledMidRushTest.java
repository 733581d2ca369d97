package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.infrastructure.AppInstances;
import io.surge.testsupport.infrastructure.ProxiedRedis;
import io.surge.testsupport.infrastructure.TcpProxy;
import org.junit.jupiter.api.Test;
import org.redisson.api.RKeys;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.KeysScanOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Redis killed in the middle of a coupon rush, then restarted empty (it keeps nothing on disk): real users on real
 * threads, an instance whose Redis sits behind a TCP proxy that is cut and opened again. Every answer is a 201, a
 * 409 or a 503 with {@code Retry-After}, each within {@link #BOUND} (Redisson alone retries for seconds), never a
 * 500. Users answered 503 retry, as clients do; the gate rebuilds itself from MySQL without a restart, and in the end
 * exactly the quantity is issued, one per user, every 201 a committed row.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RedisKilledMidRushTest {

    private static final int QUANTITY = 100;
    private static final int USERS = 400;
    private static final int THREADS = 32;
    private static final long FIRST_USER = 50_001;
    private static final Duration BOUND = Duration.ofSeconds(2);

    enum Redis { UP, KILLED, BACK_EMPTY }

    record Answer(long userId, Redis redisAtStart, ApiResponse response, Duration took) {

        int status() {
            return response.status();
        }
    }

    @Autowired Environment environment;
    @Value("${surge.coupon.gate.key-prefix}") String keyPrefix;
    @Autowired RedissonClient directRedis;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRushThroughRedisKilledAndRestartedEmptyIssuesExactlyTheQuantity() throws Exception {
        Queue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicReference<Redis> redisState = new AtomicReference<>(Redis.UP);
        try (TcpProxy redis = ProxiedRedis.closedProxy(environment)) {
            redis.open();
            try (ConfigurableApplicationContext instance = startWithRedisAt(redis.port())) {
                Shop shop = new Shop(AppInstances.port(instance));
                warmUp(shop);
                long coupon = shop.fixedCoupon(100, 0, QUANTITY);

                // at most a third of the quantity can go before Redis dies (a fast machine would sell all of it
                // before the test noticed), the rest of the crowd is let in as it dies
                Semaphore admittedBeforeTheKill = new Semaphore(QUANTITY / 3);
                List<Future<?>> users = new ArrayList<>();
                try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
                    for (long user = FIRST_USER; user < FIRST_USER + USERS; user++) {
                        long userId = user;
                        users.add(threads.submit(() -> {
                            admittedBeforeTheKill.acquire();
                            issueUntilAnswered(shop, userId, coupon, redisState, answers);
                            return null;
                        }));
                    }

                    await().atMost(Duration.ofSeconds(30)).until(() -> count(answers, 201) >= QUANTITY / 5);
                    redis.close(); // Redis killed mid-rush
                    redisState.set(Redis.KILLED);
                    admittedBeforeTheKill.release(USERS);
                    await().atMost(Duration.ofSeconds(30)).until(() -> answers.stream().filter(
                            answer -> answer.redisAtStart() == Redis.KILLED && answer.status() == 503).count()
                            >= 2 * THREADS);
                    assertThat(loseTheGate()).as("gate keys a restart loses").isPositive();
                    redis.open(); // ... and back, empty
                    redisState.set(Redis.BACK_EMPTY);
                }
                for (Future<?> user : users) {
                    user.get(1, TimeUnit.SECONDS); // every user ended with a 201 or a 409
                }

                assertThat(answers).allSatisfy(answer -> {
                    assertThat(answer.status()).as(answer.response().rawBody()).isIn(201, 409, 503);
                    assertThat(answer.took()).as("answered in time").isLessThan(BOUND);
                });
                List<Answer> unavailable = withStatus(answers, 503);
                assertThat(unavailable).allSatisfy(answer -> {
                    assertThat(answer.response().code()).isEqualTo("SERVICE_UNAVAILABLE");
                    assertThat(answer.response().header("Retry-After")).isPresent();
                });
                assertThat(withStatus(answers, 409)).allSatisfy(
                        answer -> assertThat(answer.response().code()).isEqualTo("COUPON_SOLD_OUT"));
                List<Answer> won = withStatus(answers, 201);
                assertThat(won).as("coupons issued after Redis came back, without a restart")
                        .anySatisfy(answer -> assertThat(answer.redisAtStart()).isEqualTo(Redis.BACK_EMPTY));

                Set<Long> winners = new HashSet<>();
                Set<Long> userCouponIds = new HashSet<>();
                won.forEach(answer -> {
                    winners.add(answer.userId());
                    userCouponIds.add(answer.response().body().path("userCouponId").asLong());
                });
                assertThat(won).hasSize(QUANTITY);
                assertThat(winners).as("one coupon per user").hasSize(QUANTITY);
                assertThat(jdbc.queryForList("SELECT user_id FROM user_coupon WHERE coupon_id = ?", Long.class,
                        coupon)).containsExactlyInAnyOrderElementsOf(winners);
                assertThat(jdbc.queryForList("SELECT user_coupon_id FROM user_coupon WHERE coupon_id = ?", Long.class,
                        coupon)).containsExactlyInAnyOrderElementsOf(userCouponIds);
                assertThat(shop.api().get("/api/v1/coupons/" + coupon).body().path("issuedQuantity").asLong())
                        .isEqualTo(QUANTITY);
            }
        }
    }

    /**
     * A cold instance connects to Redis, loads the script and compiles its code on the first requests, which can take
     * longer than the gate waits on a busy machine; this test is about a Redis that dies, not about a cold start.
     */
    private static void warmUp(Shop shop) {
        long coupon = shop.fixedCoupon(100, 0, 10);
        for (long user = 1; user <= 20; user++) {
            shop.api(user).post("/api/v1/users/" + user + "/coupons", Map.of("couponId", coupon));
        }
    }

    /** A client that retries after a 503, as {@code Retry-After} asks, until it is told yes or no. */
    private static void issueUntilAnswered(Shop shop, long userId, long coupon, AtomicReference<Redis> redisState,
            Queue<Answer> answers) throws InterruptedException {
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < giveUpAt) {
            Redis atStart = redisState.get();
            long started = System.nanoTime();
            ApiResponse response = shop.api(userId).post("/api/v1/users/" + userId + "/coupons",
                    Map.of("couponId", coupon));
            answers.add(new Answer(userId, atStart, response, Duration.ofNanos(System.nanoTime() - started)));
            if (response.status() != 503) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("user " + userId + " was never answered other than 503");
    }

    /**
     * What a Redis restart does to this JVM's gates: every coupon gate key under its own prefix is gone (never a
     * FLUSH: other test runs share this Redis). Done while the proxy is cut, so the instance sees an empty Redis.
     */
    private int loseTheGate() {
        RKeys keys = directRedis.getKeys();
        List<String> gateKeys = new ArrayList<>();
        keys.getKeys(KeysScanOptions.defaults().pattern(keyPrefix + "coupon:*").chunkSize(500)).forEach(gateKeys::add);
        if (!gateKeys.isEmpty()) {
            keys.delete(gateKeys.toArray(String[]::new));
        }
        return gateKeys.size();
    }

    private static long count(Queue<Answer> answers, int status) {
        return answers.stream().filter(answer -> answer.status() == status).count();
    }

    private static List<Answer> withStatus(Queue<Answer> answers, int status) {
        return answers.stream().filter(answer -> answer.status() == status).toList();
    }

    /** The test infrastructure's Redis address ranks above everything else, so the proxy's is put above it. */
    private static ConfigurableApplicationContext startWithRedisAt(int port) {
        return AppInstances.start(SurgeApplication.class,
                Map.of("spring.data.redis.host", "127.0.0.1", "spring.data.redis.port", port),
                List.of("spring.datasource.hikari.maximum-pool-size=10",
                        "surge.coupon.gate.reconcile-interval=PT1H"));
    }
}
