package io.surge.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.surge.coupon.port.in.GateReconciliationReport;
import io.surge.coupon.port.in.ReconcileCouponGatesUseCase;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * What happens when the gate and MySQL part ways: a write failing after the gate admitted a user, MySQL refusing
 * what the gate allowed, Redis losing the gate, and requests that died between the gate and the commit. MySQL stays
 * the truth in every case, and no slot is lost or sold twice.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(CouponTestConfiguration.class)
class CouponGateRecoveryTest {

    private static final long FAILING_USER = 666;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RedissonClient redisson;
    @Autowired ReconcileCouponGatesUseCase reconcileGates;
    @Autowired MutableClock clock;
    @Value("${surge.coupon.gate.key-prefix}") String keyPrefix;
    ApiClient api;
    CouponGateRedis gate;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        gate = new CouponGateRedis(redisson, keyPrefix);
    }

    @AfterEach
    void noInjectedFailuresLeft() {
        jdbc.execute("DROP TRIGGER IF EXISTS user_coupon_injected_failure");
        clock.reset();
    }

    @Test
    void aWriteFailingAfterTheGateAdmittedTheUserGivesTheSlotBack() {
        long couponId = createCoupon(1);
        jdbc.execute("""
                CREATE TRIGGER user_coupon_injected_failure BEFORE INSERT ON user_coupon FOR EACH ROW
                IF NEW.user_id = %d THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'; END IF
                """.formatted(FAILING_USER));

        ApiResponse failed = issue(FAILING_USER, couponId);

        // a real failure is a 5xx (which one is the shared kernel's reading of the database error), never a 409
        assertThat(failed.status()).isBetween(500, 599);
        assertThat(failed.code()).isIn("INTERNAL_ERROR", "SERVICE_UNAVAILABLE");
        assertThat(failed.rawBody()).doesNotContain("injected", "SQL", "Exception");
        assertThat(gate.admitted(couponId)).isEmpty();
        assertThat(issue(1, couponId).status()).isEqualTo(201);
        assertThat(issue(2, couponId).code()).isEqualTo("COUPON_SOLD_OUT");
        assertThat(issuedQuantity(couponId)).isEqualTo(1);
        assertThat(gate.admitted(couponId)).containsOnlyKeys(1L);
    }

    @Test
    void whenMySqlIsSoldOutBeforeTheGateKnowsTheAnswerIsSoldOutAndTheSlotGoesBack() {
        long couponId = createCoupon(2);
        assertThat(issue(1, couponId).status()).isEqualTo(201);
        insertWinnerBehindTheGate(couponId, 2); // committed, but the gate never saw it

        ApiResponse refused = issue(3, couponId);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("COUPON_SOLD_OUT");
        assertThat(gate.admitted(couponId)).containsOnlyKeys(1L);
        assertThat(issuedQuantity(couponId)).isEqualTo(2);
        assertThat(rows(couponId)).isEqualTo(2);
    }

    @Test
    void whenMySqlAlreadyHoldsTheUsersCouponTheAnswerIsAlreadyIssuedAndTheAdmissionStays() {
        long couponId = createCoupon(5);
        assertThat(issue(1, couponId).status()).isEqualTo(201);
        insertWinnerBehindTheGate(couponId, 4);

        ApiResponse duplicate = issue(4, couponId);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("COUPON_ALREADY_ISSUED");
        assertThat(gate.admitted(couponId)).containsOnlyKeys(1L, 4L); // user 4 does hold one: the admission is right
        assertThat(rows(couponId)).isEqualTo(2);
        assertThat(issuedQuantity(couponId)).isEqualTo(2);
    }

    @Test
    void theGateIsBuiltFromMySqlOnFirstUseAndRebuiltWhenRedisLosesIt() {
        long couponId = createCoupon(3);
        assertThat(gate.gateExists(couponId)).isFalse(); // nothing to seed by hand
        assertThat(issue(1, couponId).status()).isEqualTo(201);
        assertThat(issue(2, couponId).status()).isEqualTo(201);

        assertThat(gate.loseEverything()).isPositive();

        assertThat(issue(1, couponId).code()).isEqualTo("COUPON_ALREADY_ISSUED");
        assertThat(gate.admitted(couponId)).containsOnlyKeys(1L, 2L);
        assertThat(issue(3, couponId).status()).isEqualTo(201);
        assertThat(issue(4, couponId).code()).isEqualTo("COUPON_SOLD_OUT");
        assertThat(issuedQuantity(couponId)).isEqualTo(3);
    }

    @Test
    void aBuilderWhoseLockVanishedWithRedisDoesNotHoldUpTheNextOne() throws Exception {
        long couponId = createCoupon(3);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            threads.submit(() -> { // a builder that holds the lock when Redis loses everything
                RLock lock = gate.buildLock(couponId);
                lock.lock();
                locked.countDown();
                done.await();
                return null;
            });
            locked.await();
            long started = System.nanoTime();
            Future<ApiResponse> waiting = threads.submit(() -> issue(1, couponId));
            Thread.sleep(300); // the request now waits for the lock

            gate.loseEverything();
            ApiResponse issued = waiting.get(10, TimeUnit.SECONDS);
            done.countDown();

            assertThat(issued.status()).isEqualTo(201);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void reconciliationFreesLostAdmissionsAndPutsBackLostWinnersBatchByBatch() {
        long couponId = createCoupon(20);
        assertThat(issue(1, couponId).status()).isEqualTo(201);
        Instant now = clock.instant();
        for (long lost = 2; lost <= 8; lost++) { // their requests died before the commit
            gate.admit(couponId, lost, now.minus(Duration.ofMinutes(5)));
        }
        gate.admit(couponId, 9, now.minus(Duration.ofSeconds(1))); // still committing: within the grace period
        for (long winner = 10; winner <= 14; winner++) { // committed after Redis lost (and rebuilt) the gate
            insertWinnerBehindTheGate(couponId, winner);
        }

        GateReconciliationReport report = reconcileGates.reconcile(); // batches of 3 (module test properties)

        assertThat(report).isEqualTo(new GateReconciliationReport(1, 7, 5));
        assertThat(gate.admitted(couponId)).containsOnlyKeys(1L, 9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(reconcileGates.reconcile()).isEqualTo(new GateReconciliationReport(1, 0, 0));
    }

    @Test
    void aSlotFreedByReconciliationCanBeWonAgain() {
        long couponId = createCoupon(1);
        // an admission whose request died long ago; the gate's marker was lost too, so the next request rebuilds
        // the gate around it (admissions already in Redis are kept, never dropped)
        gate.admit(couponId, 9, clock.instant().minus(Duration.ofMinutes(5)));
        assertThat(issue(1, couponId).code()).isEqualTo("COUPON_SOLD_OUT");

        reconcileGates.reconcile();

        assertThat(issue(1, couponId).status()).isEqualTo(201);
        assertThat(gate.admitted(couponId)).containsOnlyKeys(1L);
    }

    private void insertWinnerBehindTheGate(long couponId, long userId) {
        jdbc.update("""
                INSERT INTO user_coupon (coupon_id, user_id, status, issued_at, expires_at)
                VALUES (?, ?, 'AVAILABLE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 7 DAY)
                """, couponId, userId);
        jdbc.update("UPDATE coupon SET issued_quantity = issued_quantity + 1 WHERE coupon_id = ?", couponId);
    }

    private long issuedQuantity(long couponId) {
        return api.get("/api/v1/coupons/" + couponId).body().path("issuedQuantity").asLong();
    }

    private int rows(long couponId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_coupon WHERE coupon_id = ?", Integer.class, couponId);
    }

    private long createCoupon(long quantity) {
        ApiResponse created = api.asAdmin().post("/api/v1/admin/coupons",
                Map.of("name", "Recovery", "discountType", "FIXED",
                        "discountValue", 1_000, "totalQuantity", quantity, "validDays", 7));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("couponId").asLong();
    }

    private ApiResponse issue(long userId, long couponId) {
        return api.as(userId).post("/api/v1/users/" + userId + "/coupons", Map.of("couponId", couponId));
    }
}
