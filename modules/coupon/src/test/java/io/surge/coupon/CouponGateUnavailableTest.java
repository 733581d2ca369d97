package io.surge.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.infrastructure.UnreachableRedis;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * With Redis unreachable nothing can be issued, so nothing is over-issued: issue requests answer 503 with
 * {@code Retry-After}, while everything MySQL alone serves keeps working.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.data.redis.port=1")
@Import({ CouponTestConfiguration.class, UnreachableRedis.class })
class CouponGateUnavailableTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void answers503WithRetryAfterAndIssuesNothing() {
        ApiClient api = new ApiClient(port);
        ApiResponse created = api.asAdmin().post("/api/v1/admin/coupons",
                Map.of("name", "Offline", "discountType", "FIXED",
                        "discountValue", 1_000, "totalQuantity", 10, "validDays", 7));
        assertThat(created.status()).isEqualTo(201);
        long couponId = created.body().path("couponId").asLong();

        ApiResponse refused = api.as(7).post("/api/v1/users/7/coupons", Map.of("couponId", couponId));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(refused.header("Retry-After")).contains("1");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_coupon", Integer.class)).isZero();
        ApiResponse coupon = api.get("/api/v1/coupons/" + couponId);
        assertThat(coupon.status()).isEqualTo(200);
        assertThat(coupon.body().path("issuedQuantity").asLong()).isZero();
        assertThat(api.as(7).get("/api/v1/users/7/coupons").status()).isEqualTo(200);
    }
}
