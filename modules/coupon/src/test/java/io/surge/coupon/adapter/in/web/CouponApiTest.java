package io.surge.coupon.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.surge.coupon.CouponTestConfiguration;
import io.surge.coupon.port.in.RedeemCouponCommand;
import io.surge.coupon.port.in.RedeemCouponUseCase;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coupon REST API over real HTTP: every endpoint, every error code, and the problem format.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(CouponTestConfiguration.class)
class CouponApiTest {

    private static final String ADMIN = "/api/v1/admin/coupons";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired RedeemCouponUseCase redeemCoupon;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void createsACouponAndAnswersWithItsLocation() {
        Instant starts = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant ends = starts.plus(Duration.ofDays(2));
        Map<String, Object> definition = new HashMap<>(Map.of("name", "Black Friday 15%", "discountType", "PERCENT",
                "discountValue", 15, "maxDiscountAmount", 5_000, "minOrderAmount", 20_000, "totalQuantity", 100,
                "validDays", 7));
        definition.put("issueStartsAt", starts.toString());
        definition.put("issueEndsAt", ends.atOffset(java.time.ZoneOffset.ofHours(9)).toString());

        ApiResponse created = api.asAdmin().post(ADMIN, definition);

        assertThat(created.status()).isEqualTo(201);
        long couponId = created.body().path("couponId").asLong();
        assertThat(created.header("Location")).contains("/api/v1/coupons/" + couponId);
        JsonNode coupon = api.get("/api/v1/coupons/" + couponId).body();
        assertThat(coupon).isEqualTo(created.body());
        assertThat(coupon.path("name").asString()).isEqualTo("Black Friday 15%");
        assertThat(coupon.path("discountType").asString()).isEqualTo("PERCENT");
        assertThat(coupon.path("discountValue").asLong()).isEqualTo(15);
        assertThat(coupon.path("maxDiscountAmount").asLong()).isEqualTo(5_000);
        assertThat(coupon.path("minOrderAmount").asLong()).isEqualTo(20_000);
        assertThat(coupon.path("totalQuantity").asLong()).isEqualTo(100);
        assertThat(coupon.path("issuedQuantity").asLong()).isZero();
        assertThat(coupon.path("remainingQuantity").asLong()).isEqualTo(100);
        assertThat(Instant.parse(coupon.path("issueStartsAt").asString())).isEqualTo(starts);
        assertThat(Instant.parse(coupon.path("issueEndsAt").asString())).isEqualTo(ends);
        assertThat(coupon.path("issueEndsAt").asString()).endsWith("Z");
        assertThat(coupon.path("validDays").asInt()).isEqualTo(7);
        assertThat(coupon.path("createdAt").asString()).endsWith("Z");
    }

    @Test
    void optionalTermsAreNullOrZeroWhenNotGiven() {
        JsonNode coupon = api.asAdmin().post(ADMIN, fixed(1_000, 10)).body();

        assertThat(coupon.has("maxDiscountAmount")).isTrue();
        assertThat(coupon.path("maxDiscountAmount").isNull()).isTrue();
        assertThat(coupon.path("minOrderAmount").asLong()).isZero();
        assertThat(coupon.path("issueStartsAt").isNull()).isTrue();
        assertThat(coupon.path("issueEndsAt").isNull()).isTrue();
    }

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                arguments(Map.of("discountType", "PERCENT", "discountValue", 0), "discountValue"),
                arguments(Map.of("discountType", "PERCENT", "discountValue", 101), "discountValue"),
                arguments(Map.of("discountValue", 0), "discountValue"),
                arguments(Map.of("maxDiscountAmount", 50), "maxDiscountAmount"),
                arguments(Map.of("discountType", "PERCENT", "discountValue", 10, "maxDiscountAmount", 0),
                        "maxDiscountAmount"),
                arguments(Map.of("totalQuantity", 0), "totalQuantity"),
                arguments(Map.of("validDays", 0), "validDays"),
                arguments(Map.of("minOrderAmount", -1), "minOrderAmount"),
                arguments(Map.of("name", " "), "name"),
                arguments(Map.of("name", "n".repeat(201)), "name"),
                arguments(Map.of("issueStartsAt", "2026-11-21T10:00:00Z", "issueEndsAt", "2026-11-21T10:00:00Z"),
                        "issueEndsAt"),
                arguments(Map.of("issueStartsAt", "2026-11-21T11:00:00+09:00", "issueEndsAt", "2026-11-21T01:00:00Z"),
                        "issueEndsAt"),
                arguments(Map.of("discountType", "BOGUS"), "discountType"),
                arguments(Map.of("totalQuantity", 1.5), "totalQuantity"),
                arguments(Map.of("issuedQuantity", 1), "issuedQuantity"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("invalidDefinitions")
    void refusesAnInvalidDefinitionWithAFieldError(Map<String, Object> change, String field) {
        Map<String, Object> definition = new HashMap<>(fixed(100, 1));
        definition.putAll(change);

        assertValidationProblem(api.asAdmin().post(ADMIN, definition), field);
    }

    @Test
    void refusesATimeThatIsNotIsoWithAnOffset() {
        Map<String, Object> definition = new HashMap<>(fixed(100, 1));
        definition.put("issueStartsAt", "tomorrow");

        ApiResponse response = api.asAdmin().post(ADMIN, definition);

        // the shared problem mapper names the field only when Jackson reports a path (not for date parse errors)
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("errors").isArray()).isTrue();
    }

    @Test
    void totalQuantityIsRequiredBecauseUnlimitedCouponsDoNotExist() {
        Map<String, Object> definition = new HashMap<>(fixed(100, 1));
        definition.remove("totalQuantity");

        assertValidationProblem(api.asAdmin().post(ADMIN, definition), "totalQuantity");
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        ApiResponse response = api.asAdmin().post(ADMIN, "{}");

        assertValidationProblem(response, "name");
        assertThat(response.body().path("errors").findValuesAsString("field")).contains("discountType",
                "discountValue", "totalQuantity", "validDays");
    }

    @Test
    void answers404ForAnUnknownCoupon() {
        ApiResponse response = api.get("/api/v1/coupons/424242");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("COUPON_NOT_FOUND");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertValidationProblem(api.get("/api/v1/coupons/0"), "couponId");
    }

    @Test
    void issuesACouponAndAnswersWithItsLocation() {
        long couponId = create(fixed(1_000, 10));
        Instant before = clock.instant();

        ApiResponse issued = issue(7, couponId);

        assertThat(issued.status()).isEqualTo(201);
        JsonNode body = issued.body();
        long userCouponId = body.path("userCouponId").asLong();
        assertThat(issued.header("Location")).contains("/api/v1/users/7/coupons/" + userCouponId);
        assertThat(body.path("couponId").asLong()).isEqualTo(couponId);
        assertThat(body.path("userId").asLong()).isEqualTo(7);
        assertThat(body.path("status").asString()).isEqualTo("AVAILABLE");
        Instant issuedAt = Instant.parse(body.path("issuedAt").asString());
        assertThat(issuedAt).isBetween(before, clock.instant());
        assertThat(Instant.parse(body.path("expiresAt").asString())).isEqualTo(issuedAt.plus(Duration.ofDays(7)));
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("userCouponId", "couponId", "userId", "status",
                "issuedAt", "expiresAt");

        JsonNode located = api.as(7).get("/api/v1/users/7/coupons/" + userCouponId).body();
        assertThat(located.path("name").asString()).isEqualTo("Fixed");
        assertThat(located.path("status").asString()).isEqualTo("AVAILABLE");
        JsonNode coupon = api.get("/api/v1/coupons/" + couponId).body();
        assertThat(coupon.path("issuedQuantity").asLong()).isEqualTo(1);
        assertThat(coupon.path("remainingQuantity").asLong()).isEqualTo(9);
    }

    @Test
    void refusesIssuingAnUnknownCoupon() {
        ApiResponse response = issue(7, 424242);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("COUPON_NOT_FOUND");
    }

    @Test
    void refusesASecondCopyToTheSameUser() {
        long couponId = create(fixed(1_000, 10));
        issue(7, couponId);

        ApiResponse again = issue(7, couponId);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("COUPON_ALREADY_ISSUED");
        assertThat(api.get("/api/v1/coupons/" + couponId).body().path("issuedQuantity").asLong()).isEqualTo(1);
    }

    @Test
    void refusesOnceEveryCopyIsGone() {
        long couponId = create(fixed(1_000, 2));
        assertThat(issue(1, couponId).status()).isEqualTo(201);
        assertThat(issue(2, couponId).status()).isEqualTo(201);

        ApiResponse soldOut = issue(3, couponId);

        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.code()).isEqualTo("COUPON_SOLD_OUT");
        JsonNode coupon = api.get("/api/v1/coupons/" + couponId).body();
        assertThat(coupon.path("issuedQuantity").asLong()).isEqualTo(2);
        assertThat(coupon.path("remainingQuantity").asLong()).isZero();
    }

    @Test
    void issuesOnlyWithinTheWindow() {
        Instant now = clock.instant();
        Map<String, Object> later = new HashMap<>(fixed(1_000, 10));
        later.put("issueStartsAt", now.plus(Duration.ofHours(1)).toString());
        later.put("issueEndsAt", now.plus(Duration.ofHours(2)).toString());
        long couponId = create(later);

        ApiResponse tooEarly = issue(7, couponId);
        clock.advance(Duration.ofHours(1));
        ApiResponse open = issue(7, couponId);
        clock.advance(Duration.ofHours(1));
        ApiResponse tooLate = issue(8, couponId);

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.code()).isEqualTo("COUPON_ISSUE_NOT_OPEN");
        assertThat(open.status()).isEqualTo(201);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.code()).isEqualTo("COUPON_ISSUE_NOT_OPEN");
    }

    @Test
    void aCouponWhoseWindowEndedCannotBeIssued() {
        Map<String, Object> over = new HashMap<>(fixed(1_000, 10));
        over.put("issueEndsAt", clock.instant().minus(Duration.ofMinutes(1)).toString());

        ApiResponse response = issue(7, create(over));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("COUPON_ISSUE_NOT_OPEN");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"couponId\":0}", "{\"couponId\":-1}", "{\"couponId\":\"one\"}",
            "{\"couponId\":1.5}", "{\"couponId\":1,\"status\":\"USED\"}" })
    void refusesAnInvalidIssueRequest(String body) {
        ApiResponse response = api.as(7).post("/api/v1/users/7/coupons", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-1", "abc" })
    void refusesAUserIdThatIsNotPositive(String userId) {
        assertValidationProblem(api.asAdmin().post("/api/v1/users/" + userId + "/coupons", Map.of("couponId", 1)),
                "userId");
        assertValidationProblem(api.asAdmin().get("/api/v1/users/" + userId + "/coupons"), "userId");
    }

    @Test
    void walksAUsersCouponsNewestFirstPageByPage() {
        List<Long> issuedIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            issuedIds.add(issue(7, create(fixed(100 + i, 10))).body().path("userCouponId").asLong());
        }
        issue(8, create(fixed(1, 10)));

        List<Long> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiResponse page = api.as(7)
                    .get("/api/v1/users/7/coupons?size=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.body().path("items").forEach(item -> {
                assertThat(item.path("status").asString()).isEqualTo("AVAILABLE");
                assertThat(item.path("discountType").asString()).isEqualTo("FIXED");
                assertThat(item.has("usedAt")).isFalse();
                assertThat(item.has("orderId")).isFalse();
                listed.add(item.path("userCouponId").asLong());
            });
            JsonNode next = page.body().path("nextCursor");
            cursor = next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null);

        assertThat(listed).containsExactlyElementsOf(issuedIds.reversed());
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void filtersByStatusIncludingExpired() {
        long used = issuedCouponId(7, create(fixed(1_000, 10)));
        Map<String, Object> shortLived = new HashMap<>(fixed(2_000, 10));
        shortLived.put("validDays", 1);
        long expiring = issuedCouponId(7, create(shortLived));
        Map<String, Object> longLived = new HashMap<>(fixed(3_000, 10));
        longLived.put("validDays", 30);
        long available = issuedCouponId(7, create(longLived));
        transaction.executeWithoutResult(tx -> redeemCoupon.redeem(new RedeemCouponCommand(900, 7, used, 10_000)));
        clock.advance(Duration.ofDays(2));

        assertThat(listed("")).containsExactly(available, expiring, used);
        assertThat(listed("?status=AVAILABLE")).containsExactly(available);
        assertThat(listed("?status=EXPIRED")).containsExactly(expiring);
        assertThat(listed("?status=USED")).containsExactly(used);

        JsonNode all = api.as(7).get("/api/v1/users/7/coupons").body().path("items");
        assertThat(all.get(1).path("status").asString()).isEqualTo("EXPIRED");
        JsonNode usedItem = all.get(2);
        assertThat(usedItem.path("status").asString()).isEqualTo("USED");
        assertThat(usedItem.path("orderId").asLong()).isEqualTo(900);
        assertThat(usedItem.path("usedAt").asString()).endsWith("Z");
        assertThat(usedItem.path("name").asString()).isEqualTo("Fixed");
        assertThat(usedItem.path("discountValue").asLong()).isEqualTo(1_000);
        assertThat(usedItem.path("maxDiscountAmount").isNull()).isTrue();
        assertThat(usedItem.path("minOrderAmount").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=0", "size=101", "size=x", "cursor=not-a-cursor", "status=BOGUS",
            "status=available" })
    void refusesListingOutOfBounds(String query) {
        ApiResponse response = api.as(7).get("/api/v1/users/7/coupons?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aUserSeesOnlyTheirOwnCoupon() {
        long userCouponId = issuedCouponId(7, create(fixed(1_000, 10)));

        ApiResponse someoneElses = api.as(8).get("/api/v1/users/8/coupons/" + userCouponId);
        ApiResponse missing = api.as(7).get("/api/v1/users/7/coupons/424242");

        for (ApiResponse response : List.of(someoneElses, missing)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.code()).isEqualTo("USER_COUPON_NOT_FOUND");
        }
        assertThat(api.as(8).get("/api/v1/users/8/coupons").body().path("items").isEmpty()).isTrue();
    }

    private List<Long> listed(String query) {
        List<Long> ids = new ArrayList<>();
        api.as(7).get("/api/v1/users/7/coupons" + query).body().path("items")
                .forEach(item -> ids.add(item.path("userCouponId").asLong()));
        return ids;
    }

    private static Map<String, Object> fixed(long discount, long quantity) {
        return Map.of("name", "Fixed", "discountType", "FIXED", "discountValue", discount, "totalQuantity", quantity,
                "validDays", 7);
    }

    private long create(Map<String, Object> definition) {
        ApiResponse created = api.asAdmin().post(ADMIN, definition);
        assertThat(created.status()).as(created.rawBody()).isEqualTo(201);
        return created.body().path("couponId").asLong();
    }

    private ApiResponse issue(long userId, long couponId) {
        return api.as(userId).post("/api/v1/users/" + userId + "/coupons", Map.of("couponId", couponId));
    }

    private long issuedCouponId(long userId, long couponId) {
        ApiResponse issued = issue(userId, couponId);
        assertThat(issued.status()).as(issued.rawBody()).isEqualTo(201);
        return issued.body().path("userCouponId").asLong();
    }

    private static void assertValidationProblem(ApiResponse response, String field) {
        assertThat(response.status()).as(response.rawBody()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("errors").findValuesAsString("field")).contains(field);
    }
}
