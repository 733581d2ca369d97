package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.infrastructure.AppInstances;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.infrastructure.ProxiedRedis;
import io.surge.testsupport.infrastructure.TcpProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Redis is needed for coupon issuing only. An instance started while Redis is unreachable serves everything else
 * (products, points, orders, best sellers from MySQL), answers coupon issuing 503, reports its redis component DOWN
 * at once while staying ready; once Redis is reachable it issues coupons again, without a restart.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RedisDownAtStartTest {

    private static final long USER = 9_101;

    @Autowired Environment environment;

    @Test
    void startsWithoutRedisServesWhatDoesNotNeedItAndRecoversAlone() {
        try (TcpProxy redis = ProxiedRedis.closedProxy(environment);
                ConfigurableApplicationContext instance = startWithRedisAt(redis.port())) {
            Shop shop = new Shop(AppInstances.port(instance));
            ApiClient api = shop.api();

            long product = shop.product("Served without Redis", 1_000, 10);
            shop.charge(USER, 5_000);
            assertThat(shop.order(USER, null, product, 2).status()).isEqualTo(201);
            assertThat(api.get("/api/v1/products/popular").status()).isEqualTo(200);
            long coupon = shop.fixedCoupon(100, 0, 10);
            ApiResponse refused = issue(api, coupon);
            assertThat(refused.status()).as(refused.rawBody()).isEqualTo(503);
            assertThat(refused.code()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(api.asAdmin().get("/actuator/health").body().at("/components/redis/status").asString())
                    .isEqualTo("DOWN");
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

            redis.open();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(issue(api, coupon).status()).isEqualTo(201));
            assertThat(api.asAdmin().get("/actuator/health").body().at("/components/redis/status").asString())
                    .isEqualTo("UP");
        }
    }

    private static ApiResponse issue(ApiClient api, long coupon) {
        return api.as(USER).post("/api/v1/users/" + USER + "/coupons", Map.of("couponId", coupon));
    }

    /** The test infrastructure's Redis address ranks above everything else, so the proxy's is put above it. */
    private static ConfigurableApplicationContext startWithRedisAt(int port) {
        return AppInstances.start(SurgeApplication.class,
                Map.of("spring.data.redis.host", "127.0.0.1", "spring.data.redis.port", port),
                List.of("spring.datasource.hikari.maximum-pool-size=10"));
    }
}
