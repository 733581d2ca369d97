package io.surge.point.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The point REST API over real HTTP: every endpoint, every error code, and the problem format.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "surge.point.max-charge=1000000", "surge.point.max-balance=3000000" })
class PointApiTest {

    @LocalServerPort int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aUserWhoNeverChargedHasBalanceZero() {
        ApiResponse response = api.as(42).get("/api/v1/users/42/points");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("userId").asLong()).isEqualTo(42);
        assertThat(response.body().path("balance").asLong()).isZero();
    }

    @Test
    void chargingAddsToTheBalanceAndAnswersWithTheLedgerEntry() {
        api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 1_500));
        ApiResponse response = api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 2_500));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.path("userId").asLong()).isEqualTo(42);
        assertThat(body.path("balance").asLong()).isEqualTo(4_000);
        assertThat(body.path("chargedAmount").asLong()).isEqualTo(2_500);
        assertThat(body.path("entryId").asLong()).isPositive();
        assertThat(api.as(42).get("/api/v1/users/42/points").body().path("balance").asLong()).isEqualTo(4_000);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"amount\":0}", "{\"amount\":-5}", "{\"amount\":1000001}", "{}",
            "{\"amount\":null}", "{\"amount\":\"lots\"}", "{\"amount\":10.5}" })
    void refusesAnInvalidAmountWithAFieldError(String body) {
        ApiResponse response = api.as(42).post("/api/v1/users/42/points/charges", body);

        assertValidationProblem(response, "amount");
        assertThat(api.as(42).get("/api/v1/users/42/points").body().path("balance").asLong()).isZero();
    }

    @Test
    void refusesUnknownPropertiesSoNothingCanBeMassAssigned() {
        assertValidationProblem(api.as(42).post("/api/v1/users/42/points/charges", "{\"amount\":10,\"balance\":999}"),
                "balance");
    }

    @Test
    void refusesMalformedJson() {
        assertValidationProblem(api.as(42).post("/api/v1/users/42/points/charges", "{\"amount\":"), "body");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-1", "abc", "99999999999999999999" })
    void refusesAUserIdThatIsNotAPositive64BitInteger(String userId) {
        assertValidationProblem(api.asAdmin().get("/api/v1/users/" + userId + "/points"), "userId");
    }

    @Test
    void refusesAChargeThatWouldPassTheBalanceLimit() {
        api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 1_000_000));
        api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 1_000_000));
        api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 999_999));

        ApiResponse refused = api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 2));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("POINT_BALANCE_LIMIT_EXCEEDED");
        assertThat(api.as(42).get("/api/v1/users/42/points").body().path("balance").asLong()).isEqualTo(2_999_999);
        assertThat(api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 1)).status()).isEqualTo(200);
    }

    @Test
    void walksTheHistoryNewestFirstPageByPage() {
        for (int amount = 1; amount <= 5; amount++) {
            api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", amount));
        }
        api.as(43).post("/api/v1/users/43/points/charges", Map.of("amount", 100));

        List<Long> amounts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiResponse page = api.as(42).get("/api/v1/users/42/points/history?size=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.body().path("items").forEach(item -> {
                assertThat(item.path("type").asString()).isEqualTo("CHARGE");
                assertThat(item.has("orderId")).isFalse();
                assertThat(item.path("createdAt").asString()).endsWith("Z");
                amounts.add(item.path("amount").asLong());
            });
            JsonNode next = page.body().path("nextCursor");
            cursor = next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null);

        assertThat(amounts).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(pages).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=0", "size=101", "size=x", "cursor=not-a-cursor" })
    void refusesPagingOutOfBounds(String query) {
        ApiResponse response = api.as(42).get("/api/v1/users/42/points/history?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void answersUnknownRoutesWrongMethodsAndMediaTypesWithProblems() {
        ApiResponse notFound = api.as(42).get("/api/v1/nothing-here");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.code()).isEqualTo("NOT_FOUND");

        ApiResponse wrongMethod = api.as(42).send("DELETE", "/api/v1/users/42/points", "application/json", "");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.code()).isEqualTo("METHOD_NOT_ALLOWED");

        ApiResponse wrongType = api.as(42).send("POST", "/api/v1/users/42/points/charges", "text/plain", "amount=5");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");

        for (ApiResponse problem : List.of(notFound, wrongMethod, wrongType)) {
            assertThat(problem.contentType()).startsWith("application/problem+json");
            assertThat(problem.rawBody()).doesNotContain("Exception", "at io.", "SQL");
        }
    }

    @Test
    void replaysTheFirstResponseForARepeatedIdempotencyKey() {
        Map<String, String> key = Map.of("Idempotency-Key", "charge-2026-11-21-a");

        ApiResponse first = api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 700), key);
        ApiResponse replay = api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 700), key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.rawBody()).isEqualTo(first.rawBody());
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(api.as(42).get("/api/v1/users/42/points").body().path("balance").asLong()).isEqualTo(700);
    }

    @Test
    void idempotencyKeysAreScopedByUser() {
        Map<String, String> key = Map.of("Idempotency-Key", "shared-key");

        api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 10), key);
        ApiResponse otherUser = api.as(43).post("/api/v1/users/43/points/charges", Map.of("amount", 10), key);

        assertThat(otherUser.status()).isEqualTo(200);
        assertThat(otherUser.header("Idempotent-Replayed")).isEmpty();
        assertThat(api.as(43).get("/api/v1/users/43/points").body().path("balance").asLong()).isEqualTo(10);
    }

    @Test
    void refusesAKeyReusedWithADifferentRequest() {
        Map<String, String> key = Map.of("Idempotency-Key", "charge-b");
        api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 700), key);

        ApiResponse reused = api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 800), key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(api.as(42).get("/api/v1/users/42/points").body().path("balance").asLong()).isEqualTo(700);
    }

    @Test
    void replaysARefusalToo() {
        Map<String, String> key = Map.of("Idempotency-Key", "too-much");
        api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 1_000_000));
        api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 1_000_000));
        api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 1_000_000));

        ApiResponse first = api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 5), key);
        ApiResponse replay = api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 5), key);

        assertThat(first.status()).isEqualTo(409);
        assertThat(first.code()).isEqualTo("POINT_BALANCE_LIMIT_EXCEEDED");
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.rawBody()).isEqualTo(first.rawBody());
    }

    @ParameterizedTest
    @ValueSource(strings = { "with space", "" })
    void refusesAnIdempotencyKeyThatIsNotVisibleAscii(String badKey) {
        ApiResponse response = api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 5),
                Map.of("Idempotency-Key", badKey));

        assertValidationProblem(response, "Idempotency-Key");
    }

    @Test
    void refusesAnOverlongIdempotencyKey() {
        assertValidationProblem(api.as(42).post("/api/v1/users/42/points/charges", Map.of("amount", 5),
                Map.of("Idempotency-Key", "k".repeat(256))), "Idempotency-Key");
    }

    private static void assertValidationProblem(ApiResponse response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("status").asInt()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsString("field")).contains(field);
    }
}
