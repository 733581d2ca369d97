package io.surge.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.infrastructure.UnreachableRedis;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Rate limits live in Redis and fail open: while Redis is gone a user's charges go through, beyond a limit that
 * would otherwise refuse the second one. Points need only MySQL.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.data.redis.port=1", "surge.security.rate-limit.burst=1",
        "surge.security.rate-limit.per-second=1" })
@Import(UnreachableRedis.class)
class ChargesWithoutRedisTest {

    @LocalServerPort int port;

    @Test
    void chargesGoThroughUnlimitedWhileRedisIsGone() {
        ApiClient api = new ApiClient(port).as(31);

        for (int charge = 0; charge < 3; charge++) {
            assertThat(api.post("/api/v1/users/31/points/charges", Map.of("amount", 100)).status()).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/users/31/points").body().path("balance").asLong()).isEqualTo(300);
    }
}
