package io.surge.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A keyed charge that stalls past its lease while the client retries: the retry takes the key over, and the
 * first attempt, when it finally gets to commit, finds it no longer holds the key and rolls its charge back.
 * Exactly one charge, whichever of the two reaches the wallet first.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "surge.idempotency.lease=PT1S")
class ChargeLeaseTakeoverTest {

    private static final long USER = 61;
    private static final String CHARGES = "/api/v1/users/" + USER + "/points/charges";
    private static final Map<String, String> KEY = Map.of("Idempotency-Key", "stalled-charge-1");

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAttemptThatOutlivedItsLeaseCannotCommitItsCharge() throws Exception {
        ApiClient api = new ApiClient(port).as(USER);
        assertThat(api.post(CHARGES, Map.of("amount", 1)).status()).isEqualTo(200); // the wallet exists

        CompletableFuture<ApiResponse> first;
        CompletableFuture<ApiResponse> retry;
        try (Connection stall = dataSource.getConnection()) {
            stall.setAutoCommit(false);
            try (PreparedStatement lock = stall.prepareStatement("SELECT * FROM wallet WHERE user_id = ? FOR UPDATE")) {
                lock.setLong(1, USER);
                lock.executeQuery();
            }
            first = CompletableFuture.supplyAsync(() -> api.post(CHARGES, Map.of("amount", 500), KEY));
            Thread.sleep(2_000); // the first attempt waits for the wallet; its 1 s lease runs out
            retry = CompletableFuture.supplyAsync(() -> api.post(CHARGES, Map.of("amount", 500), KEY));
            Thread.sleep(500); // the retry has taken the key over and waits for the wallet too
            assertThat(first).isNotDone();
            stall.rollback();
        }

        ApiResponse firstAnswer = first.get(30, TimeUnit.SECONDS);
        ApiResponse retryAnswer = retry.get(30, TimeUnit.SECONDS);
        assertThat(retryAnswer.status()).as(retryAnswer.rawBody()).isEqualTo(200);
        assertThat(firstAnswer.status()).as(firstAnswer.rawBody()).isEqualTo(409);
        assertThat(firstAnswer.code()).isEqualTo("IDEMPOTENCY_REQUEST_IN_PROGRESS");
        assertThat(jdbc.queryForObject("SELECT balance FROM wallet WHERE user_id = ?", Long.class, USER))
                .isEqualTo(501);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM point_ledger WHERE user_id = ? AND amount = 500",
                Integer.class, USER)).isEqualTo(1);
        ApiResponse replay = api.post(CHARGES, Map.of("amount", 500), KEY);
        assertThat(replay.rawBody()).isEqualTo(retryAnswer.rawBody());
        assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
    }
}
