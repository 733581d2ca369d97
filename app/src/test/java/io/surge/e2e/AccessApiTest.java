package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.security.TestTokens;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * API.md "Authentication and access", endpoint by endpoint: who may call what, what everyone else is answered
 * (401 with a Bearer challenge, 403, or 404 for someone else's order), and that a refused request changed nothing
 * (balances, coupons, orders, the product).
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessApiTest {

    private static final long OWNER = 7_001;
    private static final long STRANGER = 7_002;

    @LocalServerPort int port;
    Shop shop;
    long product;
    long coupon;
    long userCoupon;
    long order;

    /** One call of the API, made by whichever client a case hands it. */
    record Call(String name, Function<ApiClient, ApiResponse> send) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A token that must not get anyone in. */
    record BadToken(String name, String token) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void aShopWithAnOrder() {
        shop = new Shop(port);
        product = shop.product("Lamp", 1_000, 10);
        coupon = shop.fixedCoupon(100, 0, 10);
        userCoupon = shop.issue(OWNER, coupon);
        shop.charge(OWNER, 10_000);
        ApiResponse placed = shop.order(OWNER, null, product, 2);
        assertThat(placed.status()).as(placed.rawBody()).isEqualTo(201);
        order = placed.body().path("orderId").asLong();
    }

    /** Everything under {@code /users/{userId}} of the owner, and the owner's order addressed by its id. */
    List<Call> ownersCalls() {
        String user = "/api/v1/users/" + OWNER;
        return List.of(
                new Call("balance", api -> api.get(user + "/points")),
                new Call("charge", api -> api.post(user + "/points/charges", Map.of("amount", 100))),
                new Call("point history", api -> api.get(user + "/points/history")),
                new Call("issue coupon", api -> api.post(user + "/coupons", Map.of("couponId", coupon))),
                new Call("coupon list", api -> api.get(user + "/coupons")),
                new Call("one coupon", api -> api.get(user + "/coupons/" + userCoupon)),
                new Call("place order", api -> api.post(user + "/orders",
                        Map.of("items", List.of(Map.of("productId", product, "quantity", 1))))),
                new Call("order list", api -> api.get(user + "/orders")),
                new Call("order by id", api -> api.get("/api/v1/orders/" + order)),
                new Call("cancel order", api -> api.post("/api/v1/orders/" + order + "/cancellation", "")));
    }

    List<Call> adminCalls() {
        String products = "/api/v1/admin/products";
        return List.of(
                new Call("register product", api -> api.post(products,
                        Map.of("name", "Free", "price", 0, "stock", 1))),
                new Call("price to 0", api -> api.send("PATCH", products + "/" + product, "application/json",
                        "{\"price\":0}")),
                new Call("stock to a billion", api -> api.post(products + "/" + product + "/stock-adjustments",
                        Map.of("delta", 999_999_990))),
                new Call("create coupon", api -> api.post("/api/v1/admin/coupons", Map.of("name", "All free",
                        "discountType", "PERCENT", "discountValue", 100, "totalQuantity", 1_000, "validDays", 1))),
                new Call("metrics", api -> api.get("/actuator/prometheus")),
                new Call("modules", api -> api.get("/actuator/modulith")));
    }

    static List<BadToken> badTokens() {
        return List.of(
                new BadToken("expired", TestTokens.expired(OWNER)),
                new BadToken("wrong signature", TestTokens.signedWith("another-secret-of-at-least-32-bytes!!", OWNER)),
                new BadToken("alg none", TestTokens.unsignedAdmin(OWNER)),
                new BadToken("malformed", "not.a.jwt"),
                new BadToken("no expiry", TestTokens.withoutExpiry(OWNER)),
                new BadToken("subject not a user id", TestTokens.withSubject("alice")));
    }

    @Test
    void withoutATokenEveryProtectedCallIsUnauthenticated() {
        assertRefusedAll(shop.api().anonymous(), 401, "UNAUTHENTICATED", concat(ownersCalls(), adminCalls()));
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void aBadTokenGetsNobodyIn(BadToken bad) {
        ApiClient api = shop.api().withToken(bad.token());

        assertRefusedAll(api, 401, "UNAUTHENTICATED", concat(ownersCalls(), adminCalls()));
        assertThat(api.get("/api/v1/users/" + OWNER + "/points").rawBody()).doesNotContain(bad.token());
    }

    @Test
    void anotherUserIsDeniedAUsersResourcesAndDoesNotSeeTheirOrders() {
        ApiClient stranger = shop.api(STRANGER);
        List<Call> owners = ownersCalls();

        assertRefusedAll(stranger, 403, "ACCESS_DENIED", owners.subList(0, owners.size() - 2));
        assertRefusedAll(stranger, 404, "ORDER_NOT_FOUND", owners.subList(owners.size() - 2, owners.size()));
    }

    @Test
    void aUserTokenIsNotAnAdminToken() {
        assertRefusedAll(shop.api(OWNER), 403, "ACCESS_DENIED", adminCalls());
    }

    /** They get past access control: what they are answered is the use case's (a coupon is issued only once). */
    @Test
    void theOwnerAndAnAdminMayDoEverythingOfTheOwners() {
        for (ApiClient allowed : List.of(shop.api(OWNER), shop.api().asAdmin())) {
            SoftAssertions softly = new SoftAssertions();
            for (Call call : ownersCalls().subList(0, ownersCalls().size() - 1)) {
                ApiResponse response = call.send().apply(allowed);
                boolean served = response.status() == 200 || response.status() == 201
                        || "COUPON_ALREADY_ISSUED".equals(response.code());
                softly.assertThat(served).as(call.name() + ": " + response.rawBody()).isTrue();
            }
            softly.assertAll();
        }
        assertThat(shop.api().asAdmin().post("/api/v1/orders/" + order + "/cancellation", "").status())
                .isEqualTo(200);
    }

    @Test
    void publicReadsNeedNoToken() {
        ApiClient anyone = shop.api().anonymous();

        assertThat(anyone.get("/api/v1/products").status()).isEqualTo(200);
        assertThat(anyone.get("/api/v1/products/" + product).status()).isEqualTo(200);
        assertThat(anyone.get("/api/v1/products/popular").status()).isEqualTo(200);
        assertThat(anyone.get("/api/v1/coupons/" + coupon).status()).isEqualTo(200);
        assertThat(anyone.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anyone.get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void theApiDocumentationDescribesTheBearerScheme() {
        ApiResponse docs = shop.api().get("/v3/api-docs");

        assertThat(docs.body().path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(docs.rawBody()).doesNotContain("\"actingUser\"", "\"viewer\"", "\"canceller\"");
        assertThat(docs.body().at("/paths/~1api~1v1~1users~1{userId}~1orders/post/responses/201/content")
                .toString()).contains("OrderResponse");
        assertThat(docs.body().at("/paths/~1api~1v1~1users~1{userId}~1points~1charges/post/responses/200/content")
                .toString()).contains("ChargeResponse");
    }

    /** Each call is refused as expected, with a problem body, and leaves the shop exactly as it was. */
    private void assertRefusedAll(ApiClient api, int status, String code, List<Call> calls) {
        String before = snapshot();
        SoftAssertions softly = new SoftAssertions();
        for (Call call : calls) {
            ApiResponse response = call.send().apply(api);
            softly.assertThat(response.status()).as(call.name() + ": " + response.rawBody()).isEqualTo(status);
            softly.assertThat(response.contentType()).as(call.name()).startsWith("application/problem+json");
            softly.assertThat(response.code()).as(call.name()).isEqualTo(code);
            if (status == 401) {
                softly.assertThat(response.header("WWW-Authenticate")).as(call.name()).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer"));
            }
            softly.assertThat(snapshot()).as("what " + call.name() + " changed").isEqualTo(before);
        }
        softly.assertAll();
    }

    /** What any refused call could have changed, read by an admin. */
    private String snapshot() {
        String user = "/api/v1/users/" + OWNER;
        return String.join("\n", read(user + "/points/history?size=100"), read(user + "/coupons?size=100"),
                read(user + "/orders?size=100"), read("/api/v1/products?size=100"),
                read("/api/v1/users/" + STRANGER + "/points"), read("/api/v1/coupons/" + coupon),
                "next coupon: " + shop.api().get("/api/v1/coupons/" + (coupon + 1)).status());
    }

    private String read(String path) {
        ApiResponse response = shop.api().asAdmin().get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.rawBody();
    }

    private static List<Call> concat(List<Call> first, List<Call> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
