package io.surge.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponRefusals;
import io.surge.coupon.port.out.CouponGate;
import io.surge.coupon.port.out.GateVerdict;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Redis admits a user but its answer never arrives (a timeout, a cut connection): the request is answered 503, and
 * the user's retry gets the coupon instead of {@code COUPON_ALREADY_ISSUED} for a coupon they do not hold. The gate
 * is the real one on the real Redis; only the answer of one admission is dropped on its way back.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ CouponTestConfiguration.class, CouponGateLostAnswerTest.LosingOneAnswer.class })
class CouponGateLostAnswerTest {

    private static final long UNLUCKY_USER = 4_401;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aUserWhoseAdmissionWasNotAnsweredGetsTheCouponOnRetry() {
        ApiClient api = new ApiClient(port);
        long couponId = api.asAdmin().post("/api/v1/admin/coupons", Map.of("name", "Lost answer",
                "discountType", "FIXED", "discountValue", 1_000, "totalQuantity", 1, "validDays", 7))
                .body().path("couponId").asLong();

        ApiResponse lost = issue(api, UNLUCKY_USER, couponId);
        ApiResponse retried = issue(api, UNLUCKY_USER, couponId);
        ApiResponse someoneElse = issue(api, UNLUCKY_USER + 1, couponId);

        assertThat(lost.status()).isEqualTo(503);
        assertThat(retried.status()).as(retried.rawBody()).isEqualTo(201);
        assertThat(someoneElse.code()).isEqualTo("COUPON_SOLD_OUT");
        assertThat(jdbc.queryForList("SELECT user_id FROM user_coupon WHERE coupon_id = ?", Long.class, couponId))
                .containsExactly(UNLUCKY_USER);
    }

    private static ApiResponse issue(ApiClient api, long userId, long couponId) {
        return api.as(userId).post("/api/v1/users/" + userId + "/coupons", Map.of("couponId", couponId));
    }

    /** The real gate, except that the first admission of the unlucky user happens in Redis but is not answered. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LosingOneAnswer {

        @Bean
        @Primary
        CouponGate losingOneAnswer(@Qualifier("redissonCouponGate") CouponGate redis) {
            return new CouponGate() {

                private boolean lost;

                @Override
                public synchronized GateVerdict admit(long couponId, long userId, Instant now) {
                    GateVerdict verdict = redis.admit(couponId, userId, now);
                    if (userId == UNLUCKY_USER && verdict == GateVerdict.ADMITTED && !lost) {
                        lost = true;
                        throw CouponRefusals.issuingUnavailable();
                    }
                    return verdict;
                }

                @Override
                public void giveBack(long couponId, long userId, Instant admittedAt) {
                    redis.giveBack(couponId, userId, admittedAt);
                }

                @Override
                public boolean open(Coupon coupon, Supplier<Map<Long, Instant>> issuedUsers, Instant now) {
                    return redis.open(coupon, issuedUsers, now);
                }

                @Override
                public Set<Long> openGates() {
                    return redis.openGates();
                }

                @Override
                public <R> Optional<R> reconcile(long couponId, Function<GateRepair, R> repair) {
                    return redis.reconcile(couponId, repair);
                }
            };
        }
    }
}
