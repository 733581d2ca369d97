package io.surge.point;

import static io.surge.point.PointLedgerAssertions.assertLedgerSumsToBalance;
import static io.surge.point.PointLedgerAssertions.ledgerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.surge.point.port.in.GetBalanceQuery;
import io.surge.point.port.in.GetPointHistoryQuery;
import io.surge.testsupport.concurrency.Race;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Charges racing each other over real HTTP, on real threads, against the real database.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PointConcurrencyTest {

    private static final long USER = 9;

    @LocalServerPort int port;
    @Autowired GetBalanceQuery balances;
    @Autowired GetPointHistoryQuery history;

    @Test
    void fiftyConcurrentDistinctChargesToOneUserAllApply() throws Exception {
        ApiClient api = new ApiClient(port);
        int charges = 50;

        List<ApiResponse> responses = Race.of(charges,
                i -> api.as(USER).post("/api/v1/users/" + USER + "/points/charges", Map.of("amount", 100 + i)));

        assertThat(responses).extracting(ApiResponse::status).containsOnly(200);
        long expected = 0;
        for (int i = 0; i < charges; i++) {
            expected += 100 + i;
        }
        assertLedgerSumsToBalance(balances, history, USER, expected);
        assertThat(ledgerOf(history, USER)).hasSize(charges);
    }

    @Test
    void tenConcurrentRequestsWithOneIdempotencyKeyChargeOnce() throws Exception {
        ApiClient api = new ApiClient(port);
        Map<String, String> key = Map.of("Idempotency-Key", "one-charge");

        List<ApiResponse> responses = Race.of(10,
                i -> api.as(USER).post("/api/v1/users/" + USER + "/points/charges", Map.of("amount", 500), key));
        ApiResponse afterwards = api.as(USER)
                .post("/api/v1/users/" + USER + "/points/charges", Map.of("amount", 500), key);

        List<ApiResponse> charged = responses.stream().filter(response -> response.status() == 200).toList();
        List<ApiResponse> busy = responses.stream().filter(response -> response.status() == 409).toList();
        assertThat(charged).isNotEmpty();
        assertThat(charged.size() + busy.size()).isEqualTo(10);
        assertThat(busy).allSatisfy(
                response -> assertThat(response.code()).isEqualTo("IDEMPOTENCY_REQUEST_IN_PROGRESS"));
        assertThat(charged).extracting(ApiResponse::rawBody).containsOnly(afterwards.rawBody());
        assertLedgerSumsToBalance(balances, history, USER, 500);
        assertThat(ledgerOf(history, USER)).hasSize(1);
    }
}
