package io.surge.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.surge.coupon.port.in.ReconcileCouponGatesUseCase;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * First come, first served under a real rush: real HTTP from a fixed pool of real threads, the real Redis gate and
 * the real database. The invariants: exactly the quantity is issued, one per user, every 201 is a committed row,
 * every other answer is a 409, and losing Redis in the middle changes none of that.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(CouponTestConfiguration.class)
class CouponIssueConcurrencyTest {

    private static final int THREADS = 64;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RedissonClient redisson;
    @Autowired ReconcileCouponGatesUseCase reconcileGates;
    @Autowired CouponSqlCounter sql;
    @Value("${surge.coupon.gate.key-prefix}") String keyPrefix;
    ApiClient api;
    CouponGateRedis gate;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        gate = new CouponGateRedis(redisson, keyPrefix);
    }

    @Test
    void aThousandUsersRushAHundredCoupons() throws Exception {
        long couponId = createCoupon(100);

        List<ApiResponse> responses = rush(1_000, user -> issue(10_000 + user, couponId));

        List<ApiResponse> won = withStatus(responses, 201);
        List<ApiResponse> refused = withStatus(responses, 409);
        assertThat(won).hasSize(100);
        assertThat(refused).hasSize(900);
        assertThat(refused).allSatisfy(response -> assertThat(response.code()).isEqualTo("COUPON_SOLD_OUT"));
        assertEveryWinIsACommittedRowAndOnlyThat(couponId, won, 100);
        assertThat(gate.admitted(couponId).keySet()).isEqualTo(rowUsers(couponId));

        int statementsBefore = sql.count();
        assertThat(statementsBefore).as("statements the winners ran (the counter works)").isGreaterThan(100);
        List<ApiResponse> late = rush(50, user -> issue(20_000 + user, couponId));
        List<ApiResponse> again = rush(20, user -> issue(winnerUser(won.get(user % won.size())), couponId));
        assertThat(late).allSatisfy(response -> assertThat(response.code()).isEqualTo("COUPON_SOLD_OUT"));
        assertThat(again).allSatisfy(response -> assertThat(response.code()).isEqualTo("COUPON_ALREADY_ISSUED"));
        assertThat(sql.count() - statementsBefore).as("SQL statements for sold-out and duplicate requests").isZero();
    }

    @Test
    void oneUserAskingTwentyTimesAtOnceGetsOneCoupon() throws Exception {
        long couponId = createCoupon(10);

        List<ApiResponse> responses = rush(20, attempt -> issue(77, couponId));

        assertThat(withStatus(responses, 201)).hasSize(1);
        List<ApiResponse> refused = withStatus(responses, 409);
        assertThat(refused).hasSize(19);
        assertThat(refused).allSatisfy(response -> assertThat(response.code()).isEqualTo("COUPON_ALREADY_ISSUED"));
        assertEveryWinIsACommittedRowAndOnlyThat(couponId, withStatus(responses, 201), 1);
    }

    @Test
    void losingRedisInTheMiddleOfARushStillIssuesExactlyTheQuantity() throws Exception {
        long couponId = createCoupon(200);
        CountDownLatch firstWave = new CountDownLatch(50);
        CountDownLatch secondWave = new CountDownLatch(140);
        AtomicInteger keysLost = new AtomicInteger();
        Thread redisRestarts = Thread.ofPlatform().start(() -> {
            try {
                firstWave.await();
                keysLost.addAndGet(gate.loseEverything());
                secondWave.await();
                keysLost.addAndGet(gate.loseEverything());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        List<ApiResponse> responses = rush(800, user -> {
            ApiResponse response = issue(30_000 + user, couponId);
            firstWave.countDown();
            secondWave.countDown();
            return response;
        });
        redisRestarts.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(keysLost.get()).as("keys deleted mid-rush").isPositive();
        List<ApiResponse> won = withStatus(responses, 201);
        List<ApiResponse> refused = withStatus(responses, 409);
        assertThat(won.size() + refused.size()).as("only 201s and 409s").isEqualTo(800);
        assertThat(refused).allSatisfy(response -> assertThat(response.code()).isEqualTo("COUPON_SOLD_OUT"));
        assertEveryWinIsACommittedRowAndOnlyThat(couponId, won, 200);

        // the gate never holds a user without a coupon; the winners it lost (admitted before a loss, committed after
        // the rebuild) reconciliation puts back
        assertThat(rowUsers(couponId)).containsAll(gate.admitted(couponId).keySet());
        assertThat(issue(99_999, couponId).code()).isEqualTo("COUPON_SOLD_OUT");
        reconcileGates.reconcile();
        assertThat(gate.admitted(couponId).keySet()).isEqualTo(rowUsers(couponId));
    }

    private void assertEveryWinIsACommittedRowAndOnlyThat(long couponId, List<ApiResponse> won, int quantity) {
        Set<Long> winners = new HashSet<>();
        Set<Long> userCouponIds = new HashSet<>();
        for (ApiResponse response : won) {
            winners.add(winnerUser(response));
            userCouponIds.add(response.body().path("userCouponId").asLong());
        }
        assertThat(winners).as("one coupon per user").hasSize(quantity);
        assertThat(rowUsers(couponId)).isEqualTo(winners);
        assertThat(jdbc.queryForList("SELECT user_coupon_id FROM user_coupon WHERE coupon_id = ?", Long.class,
                couponId)).containsExactlyInAnyOrderElementsOf(userCouponIds);
        assertThat(jdbc.queryForObject("SELECT issued_quantity FROM coupon WHERE coupon_id = ?", Long.class,
                couponId)).isEqualTo(quantity);
    }

    private Set<Long> rowUsers(long couponId) {
        return new HashSet<>(jdbc.queryForList("SELECT user_id FROM user_coupon WHERE coupon_id = ?", Long.class,
                couponId));
    }

    private static long winnerUser(ApiResponse won) {
        return won.body().path("userId").asLong();
    }

    private static List<ApiResponse> withStatus(List<ApiResponse> responses, int status) {
        return responses.stream().filter(response -> response.status() == status).toList();
    }

    private long createCoupon(long quantity) {
        ApiResponse created = api.asAdmin().post("/api/v1/admin/coupons",
                Map.of("name", "Rush", "discountType", "FIXED",
                        "discountValue", 1_000, "totalQuantity", quantity, "validDays", 7));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("couponId").asLong();
    }

    private ApiResponse issue(long userId, long couponId) {
        return api.as(userId).post("/api/v1/users/" + userId + "/coupons", Map.of("couponId", couponId));
    }

    /** Sends {@code count} requests from a fixed pool of real threads, all released at once. */
    static List<ApiResponse> rush(int count, IntFunction<ApiResponse> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiResponse>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(Math.min(THREADS, count))) {
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit((Callable<ApiResponse>) () -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
        }
        List<ApiResponse> responses = new ArrayList<>();
        for (Future<ApiResponse> future : futures) {
            responses.add(future.get());
        }
        return responses;
    }
}
