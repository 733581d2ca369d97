package io.surge.catalog.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.surge.catalog.domain.ReservedLine;
import io.surge.catalog.port.in.ReleaseStockCommand;
import io.surge.catalog.port.in.ReleaseStockUseCase;
import io.surge.catalog.port.in.ReserveStockCommand;
import io.surge.catalog.port.in.ReserveStockUseCase;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog REST API over real HTTP: every endpoint, every error code, and the problem format.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CatalogApiTest {

    private static final String ADMIN = "/api/v1/admin/products";

    @LocalServerPort int port;
    @Autowired ReserveStockUseCase reserveStock;
    @Autowired TransactionTemplate transaction;
    @Autowired ReleaseStockUseCase releaseStock;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void registersAProductAndAnswers201WithItsLocation() {
        ApiResponse created = api.asAdmin()
                .post(ADMIN, Map.of("name", "Mechanical keyboard", "price", 89_000, "stock", 25));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.body();
        long productId = body.path("productId").asLong();
        assertThat(productId).isPositive();
        assertThat(body.path("name").asString()).isEqualTo("Mechanical keyboard");
        assertThat(body.path("price").asLong()).isEqualTo(89_000);
        assertThat(body.path("stock").asLong()).isEqualTo(25);
        assertThat(Instant.parse(body.path("updatedAt").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(body.path("updatedAt").asString()).endsWith("Z");
        assertThat(created.header("Location")).hasValue("/api/v1/products/" + productId);

        ApiResponse read = api.get(created.header("Location").orElseThrow());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.rawBody()).isEqualTo(created.rawBody());
    }

    @Test
    void keepsNamesInAnyScriptUpToTwoHundredCharacters() {
        for (String name : List.of("한정판 스니커즈 👟", "x".repeat(200), "👟".repeat(200))) {
            ApiResponse created = api.asAdmin().post(ADMIN, Map.of("name", name, "price", 0, "stock", 0));

            assertThat(created.status()).isEqualTo(201);
            assertThat(api.get(created.header("Location").orElseThrow()).body().path("name").asString())
                    .isEqualTo(name);
        }
    }

    @Test
    void acceptsTheBoundsOfPriceAndStock() {
        ApiResponse created = api.asAdmin()
                .post(ADMIN, Map.of("name", "Bounds", "price", 100_000_000, "stock", 1_000_000_000));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("price").asLong()).isEqualTo(100_000_000);
        assertThat(created.body().path("stock").asLong()).isEqualTo(1_000_000_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"\",\"price\":1,\"stock\":1}                  | name",
            "{\"name\":\"   \",\"price\":1,\"stock\":1}               | name",
            "{\"name\":null,\"price\":1,\"stock\":1}                  | name",
            "{\"price\":1,\"stock\":1}                                | name",
            "{\"name\":\"Pen\",\"price\":-1,\"stock\":1}              | price",
            "{\"name\":\"Pen\",\"price\":100000001,\"stock\":1}       | price",
            "{\"name\":\"Pen\",\"stock\":1}                           | price",
            "{\"name\":\"Pen\",\"price\":\"cheap\",\"stock\":1}       | price",
            "{\"name\":\"Pen\",\"price\":10.5,\"stock\":1}            | price",
            "{\"name\":\"Pen\",\"price\":1,\"stock\":-1}              | stock",
            "{\"name\":\"Pen\",\"price\":1,\"stock\":1000000001}      | stock",
            "{\"name\":\"Pen\",\"price\":1}                           | stock",
            "{\"name\":\"Pen\",\"price\":1,\"stock\":[1]}             | stock",
            "{\"name\":\"Pen\",\"price\":1,\"stock\":1,\"productId\":7} | productId",
            "{\"name\":\"Pen\",\"price\":1,\"stock\":1,\"updatedAt\":\"2026-11-21T09:30:00Z\"} | updatedAt",
            "{\"name\":                                              | body" })
    void refusesAnInvalidProductWithAFieldError(String body, String field) {
        assertValidationProblem(api.asAdmin().post(ADMIN, body), field);
        assertThat(api.get("/api/v1/products").body().path("items")).isEmpty();
    }

    @Test
    void refusesAnOverlongName() {
        assertValidationProblem(api.asAdmin().post(ADMIN, Map.of("name", "x".repeat(201), "price", 1, "stock", 1)),
                "name");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ApiResponse response = api.asAdmin().post(ADMIN, Map.of("name", " ", "price", -1, "stock", -1));

        assertValidationProblem(response, "name");
        assertThat(response.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "price", "stock");
    }

    @Test
    void answersAnUnknownProductWith404() {
        ApiResponse response = api.get("/api/v1/products/424242");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(response.body().path("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-1", "abc", "99999999999999999999" })
    void refusesAProductIdThatIsNotAPositive64BitInteger(String productId) {
        assertValidationProblem(api.get("/api/v1/products/" + productId), "productId");
        assertValidationProblem(patch(productId, Map.of("price", 1)), "productId");
        assertValidationProblem(api.asAdmin().post(ADMIN + "/" + productId + "/stock-adjustments", Map.of("delta", 1)),
                "productId");
    }

    @Test
    void walksTheCatalogInProductIdOrderPageByPage() {
        List<Long> registered = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            registered.add(register("Product " + i, i * 1_000, i));
        }

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiResponse page = api.get("/api/v1/products?size=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().path("items").size()).isLessThanOrEqualTo(2);
            page.body().path("items").forEach(item -> {
                assertThat(item.path("name").asString()).startsWith("Product ");
                assertThat(item.has("stock")).isTrue();
                assertThat(item.has("updatedAt")).isTrue();
                seen.add(item.path("productId").asLong());
            });
            JsonNode next = page.body().path("nextCursor");
            cursor = next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(registered).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void pagesHoldTwentyProductsByDefault() {
        for (int i = 1; i <= 21; i++) {
            register("Product " + i, 100, 1);
        }

        ApiResponse first = api.get("/api/v1/products");
        ApiResponse rest = api.get("/api/v1/products?cursor=" + first.body().path("nextCursor").asString());

        assertThat(first.body().path("items").size()).isEqualTo(20);
        assertThat(rest.body().path("items").size()).isEqualTo(1);
        assertThat(rest.body().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void anEmptyCatalogIsOneEmptyPage() {
        ApiResponse page = api.get("/api/v1/products?size=100");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("items")).isEmpty();
        assertThat(page.body().path("nextCursor").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=0", "size=101", "size=-1", "size=x", "cursor=not-a-cursor", "cursor=%25%25" })
    void refusesPagingOutOfBounds(String query) {
        ApiResponse response = api.get("/api/v1/products?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void changesOnlyWhatAPatchNames() {
        long productId = register("Pen", 1_500, 10);
        Instant registeredAt = Instant.parse(api.get("/api/v1/products/" + productId).body().path("updatedAt")
                .asString());

        ApiResponse renamed = patch(String.valueOf(productId), Map.of("name", "Fountain pen"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("name").asString()).isEqualTo("Fountain pen");
        assertThat(renamed.body().path("price").asLong()).isEqualTo(1_500);
        assertThat(renamed.body().path("stock").asLong()).isEqualTo(10);
        assertThat(Instant.parse(renamed.body().path("updatedAt").asString())).isAfterOrEqualTo(registeredAt);

        ApiResponse repriced = patch(String.valueOf(productId), Map.of("price", 0));
        assertThat(repriced.status()).isEqualTo(200);
        assertThat(repriced.body().path("name").asString()).isEqualTo("Fountain pen");
        assertThat(repriced.body().path("price").asLong()).isZero();

        Map<String, Object> both = new LinkedHashMap<>();
        both.put("name", "Pen");
        both.put("price", 100_000_000);
        ApiResponse changed = patch(String.valueOf(productId), both);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("name").asString()).isEqualTo("Pen");
        assertThat(changed.body().path("price").asLong()).isEqualTo(100_000_000);

        assertThat(api.get("/api/v1/products/" + productId).rawBody()).isEqualTo(changed.rawBody());
    }

    @Test
    void aPatchWithAnExplicitNullLeavesThatFieldAlone() {
        long productId = register("Pen", 1_500, 10);

        ApiResponse response = patch(String.valueOf(productId), "{\"name\":null,\"price\":2000}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("name").asString()).isEqualTo("Pen");
        assertThat(response.body().path("price").asLong()).isEqualTo(2_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}                               | body",
            "{\"name\":null}                  | body",
            "{\"name\":\"\"}                  | name",
            "{\"name\":\"  \"}                | name",
            "{\"price\":-1}                   | price",
            "{\"price\":100000001}            | price",
            "{\"price\":\"free\"}             | price",
            "{\"stock\":5}                    | stock",
            "{\"price\":1,\"productId\":9}    | productId",
            "{\"price\":                      | body" })
    void refusesAnInvalidPatch(String body, String field) {
        long productId = register("Pen", 1_500, 10);

        assertValidationProblem(patch(String.valueOf(productId), body), field);

        JsonNode unchanged = api.get("/api/v1/products/" + productId).body();
        assertThat(unchanged.path("name").asString()).isEqualTo("Pen");
        assertThat(unchanged.path("price").asLong()).isEqualTo(1_500);
        assertThat(unchanged.path("stock").asLong()).isEqualTo(10);
    }

    @Test
    void refusesAnOverlongNameInAPatch() {
        long productId = register("Pen", 1_500, 10);

        assertValidationProblem(patch(String.valueOf(productId), Map.of("name", "x".repeat(201))), "name");
    }

    @Test
    void patchingAnUnknownProductIs404() {
        ApiResponse response = patch("424242", Map.of("price", 1));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("PRODUCT_NOT_FOUND");
    }

    @Test
    void adjustsStockUpAndDownButNeverBelowZero() {
        long productId = register("Pen", 1_500, 10);

        ApiResponse up = adjust(productId, 5);
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.body().path("stock").asLong()).isEqualTo(15);
        assertThat(up.body().path("name").asString()).isEqualTo("Pen");

        ApiResponse down = adjust(productId, -15);
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.body().path("stock").asLong()).isZero();

        ApiResponse belowZero = adjust(productId, -1);
        assertThat(belowZero.status()).isEqualTo(409);
        assertThat(belowZero.contentType()).startsWith("application/problem+json");
        assertThat(belowZero.code()).isEqualTo("STOCK_WOULD_BE_NEGATIVE");
        assertThat(stockOf(productId)).isZero();
    }

    @Test
    void refusesAnAdjustmentThatWouldPassTheStockLimit() {
        long productId = register("Pen", 1_500, 1_000_000_000);

        ApiResponse response = adjust(productId, 1);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("STOCK_LIMIT_EXCEEDED");
        assertThat(stockOf(productId)).isEqualTo(1_000_000_000);
        assertThat(adjust(productId, -1_000_000_000).body().path("stock").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"delta\":0}", "{\"delta\":1000000001}", "{\"delta\":-1000000001}", "{}",
            "{\"delta\":null}", "{\"delta\":\"lots\"}", "{\"delta\":1.5}", "{\"delta\":1,\"stock\":5}" })
    void refusesAnInvalidAdjustment(String body) {
        long productId = register("Pen", 1_500, 10);

        ApiResponse response = api.asAdmin().post(ADMIN + "/" + productId + "/stock-adjustments", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("errors").findValuesAsString("field")).containsAnyOf("delta", "stock");
        assertThat(stockOf(productId)).isEqualTo(10);
    }

    @Test
    void adjustingAnUnknownProductIs404() {
        ApiResponse response = adjust(424242, 5);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("PRODUCT_NOT_FOUND");
    }

    @Test
    void showsTheExactStockRightAfterReservationsAndReleases() {
        long productId = register("Pen", 1_500, 10);
        assertThat(stockOf(productId)).isEqualTo(10); // read once, so a cache (if there were one) would be warm

        transaction.executeWithoutResult(
                tx -> reserveStock.reserve(new ReserveStockCommand(77, List.of(new ReservedLine(productId, 3, 1_500)))));
        assertThat(stockOf(productId)).isEqualTo(7);
        assertThat(api.get("/api/v1/products?size=1").body().path("items").get(0).path("stock").asLong())
                .isEqualTo(7);

        transaction.executeWithoutResult(tx -> releaseStock.release(new ReleaseStockCommand(77)));
        assertThat(stockOf(productId)).isEqualTo(10);
    }

    @Test
    void answersWrongMethodsAndMediaTypesWithProblems() {
        ApiResponse wrongMethod = api.asAdmin().send("DELETE", "/api/v1/products/1", "application/json", "");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.code()).isEqualTo("METHOD_NOT_ALLOWED");

        ApiResponse wrongType = api.asAdmin().send("POST", ADMIN, "text/plain", "name=Pen");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");

        for (ApiResponse problem : List.of(wrongMethod, wrongType)) {
            assertThat(problem.contentType()).startsWith("application/problem+json");
            assertThat(problem.rawBody()).doesNotContain("Exception", "at io.", "SQL");
        }
    }

    private long register(String name, long price, long stock) {
        ApiResponse created = api.asAdmin().post(ADMIN, Map.of("name", name, "price", price, "stock", stock));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("productId").asLong();
    }

    private long stockOf(long productId) {
        ApiResponse product = api.get("/api/v1/products/" + productId);
        assertThat(product.status()).isEqualTo(200);
        return product.body().path("stock").asLong();
    }

    private ApiResponse adjust(long productId, long delta) {
        return api.asAdmin().post(ADMIN + "/" + productId + "/stock-adjustments", Map.of("delta", delta));
    }

    private ApiResponse patch(String productId, Object body) {
        String json = body instanceof String raw ? raw : tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(body);
        return api.asAdmin().send("PATCH", ADMIN + "/" + productId, "application/json", json);
    }

    private static void assertValidationProblem(ApiResponse response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("status").asInt()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsString("field")).contains(field);
    }
}
