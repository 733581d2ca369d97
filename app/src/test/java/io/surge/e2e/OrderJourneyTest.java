package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Order and pay in one call, end to end through every module: totals are exact, each failure leaves stock,
 * points and coupons exactly as they were, cancellation gives everything back once.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OrderJourneyTest {

    private static final long USER = 501;

    @LocalServerPort int port;
    Shop shop;

    @BeforeEach
    void openShop() {
        shop = new Shop(port);
    }

    @Test
    void anOrderIsPaidInOneCall() {
        long keyboard = shop.product("Keyboard", 1_000, 10);
        long mouse = shop.product("Mouse", 250, 10);
        shop.charge(USER, 10_000);

        ApiResponse placed = shop.order(USER, null, keyboard, 3, mouse, 2);

        assertThat(placed.status()).as(placed.rawBody()).isEqualTo(201);
        JsonNode order = placed.body();
        assertThat(placed.header("Location")).contains("/api/v1/orders/" + order.path("orderId").asLong());
        assertThat(order.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(order.path("totalAmount").asLong()).isEqualTo(3_500);
        assertThat(order.path("discountAmount").asLong()).isZero();
        assertThat(order.path("paidAmount").asLong()).isEqualTo(3_500);
        assertThat(order.path("completedAt").asString()).isNotEmpty();
        assertThat(order.path("items")).extracting(item -> item.path("name").asString() + "×"
                + item.path("quantity").asInt() + "=" + item.path("amount").asLong())
                .containsExactly("Keyboard×3=3000", "Mouse×2=500");
        assertThat(shop.stockOf(keyboard)).isEqualTo(7);
        assertThat(shop.stockOf(mouse)).isEqualTo(8);
        assertThat(shop.balanceOf(USER)).isEqualTo(6_500);
        JsonNode payment = shop.api(USER).get("/api/v1/users/" + USER + "/points/history").body().path("items").get(0);
        assertThat(payment.path("type").asString()).isEqualTo("USE");
        assertThat(payment.path("orderId").asLong()).isEqualTo(order.path("orderId").asLong());
        assertThat(shop.api(USER).get("/api/v1/orders/" + order.path("orderId").asLong()).rawBody())
                .isEqualTo(placed.rawBody());
    }

    @Test
    void aCouponTakesItsDiscountOffAndIsUsedUp() {
        long product = shop.product("Lamp", 3_000, 5);
        long coupon = shop.fixedCoupon(500, 1_000, 10);
        long userCoupon = shop.issue(USER, coupon);
        shop.charge(USER, 10_000);

        ApiResponse placed = shop.order(USER, userCoupon, product, 1);

        assertThat(placed.status()).as(placed.rawBody()).isEqualTo(201);
        assertThat(placed.body().path("totalAmount").asLong()).isEqualTo(3_000);
        assertThat(placed.body().path("discountAmount").asLong()).isEqualTo(500);
        assertThat(placed.body().path("paidAmount").asLong()).isEqualTo(2_500);
        assertThat(placed.body().path("userCouponId").asLong()).isEqualTo(userCoupon);
        assertThat(shop.balanceOf(USER)).isEqualTo(7_500);
        assertThat(shop.couponStatus(USER, userCoupon)).isEqualTo("USED");
    }

    @Test
    void tooLittleStockFailsAndChangesNothing() {
        long product = shop.product("Rare", 1_000, 2);
        long other = shop.product("Common", 100, 50);
        shop.charge(USER, 10_000);

        ApiResponse failed = shop.order(USER, null, other, 5, product, 3);

        assertFailed(failed, 409, "INSUFFICIENT_STOCK");
        assertThat(shop.stockOf(product)).isEqualTo(2);
        assertThat(shop.stockOf(other)).isEqualTo(50);
        assertThat(shop.balanceOf(USER)).isEqualTo(10_000);
    }

    @Test
    void tooFewPointsFailsAndGivesStockAndCouponBack() {
        long product = shop.product("Sofa", 9_000, 3);
        long coupon = shop.fixedCoupon(1_000, 0, 10);
        long userCoupon = shop.issue(USER, coupon);
        shop.charge(USER, 5_000);

        ApiResponse failed = shop.order(USER, userCoupon, product, 1);

        assertFailed(failed, 409, "INSUFFICIENT_POINTS");
        assertThat(shop.stockOf(product)).isEqualTo(3);
        assertThat(shop.balanceOf(USER)).isEqualTo(5_000);
        assertThat(shop.couponStatus(USER, userCoupon)).isEqualTo("AVAILABLE");
        assertThat(shop.api(USER).get("/api/v1/users/" + USER + "/points/history").body().path("items"))
                .as("the coupon was redeemed before the payment was refused; both are undone without a trace")
                .hasSize(1);
    }

    @Test
    void anUnusableCouponFailsAndGivesStockBack() {
        long product = shop.product("Pen", 500, 10);
        long coupon = shop.fixedCoupon(100, 10_000, 10);
        long userCoupon = shop.issue(USER, coupon);
        shop.charge(USER, 5_000);

        ApiResponse failed = shop.order(USER, userCoupon, product, 2);

        assertFailed(failed, 409, "COUPON_NOT_USABLE");
        assertThat(shop.stockOf(product)).isEqualTo(10);
        assertThat(shop.balanceOf(USER)).isEqualTo(5_000);
        assertThat(shop.couponStatus(USER, userCoupon)).isEqualTo("AVAILABLE");
    }

    @Test
    void someoneElsesCouponIsNotUsable() {
        long product = shop.product("Cup", 500, 10);
        long userCoupon = shop.issue(USER + 1, shop.fixedCoupon(100, 0, 10));
        shop.charge(USER, 5_000);

        assertFailed(shop.order(USER, userCoupon, product, 1), 409, "COUPON_NOT_USABLE");
        assertThat(shop.couponStatus(USER + 1, userCoupon)).isEqualTo("AVAILABLE");
    }

    @Test
    void anUnknownProductIsNotFound() {
        long product = shop.product("Real", 100, 10);
        shop.charge(USER, 5_000);

        assertFailed(shop.order(USER, null, product, 1, 987_654_321, 1), 404, "PRODUCT_NOT_FOUND");
        assertThat(shop.stockOf(product)).isEqualTo(10);
        assertThat(shop.balanceOf(USER)).isEqualTo(5_000);
    }

    @Test
    void repeatedProductsAreMergedIntoOneLine() {
        long product = shop.product("Sock", 100, 10);
        shop.charge(USER, 5_000);

        ApiResponse placed = shop.order(USER, null, product, 1, product, 2);

        assertThat(placed.status()).as(placed.rawBody()).isEqualTo(201);
        assertThat(placed.body().path("items")).singleElement()
                .satisfies(item -> assertThat(item.path("quantity").asInt()).isEqualTo(3));
        assertThat(shop.stockOf(product)).isEqualTo(7);
        assertThat(shop.balanceOf(USER)).isEqualTo(4_700);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"items\":[]}", "{\"items\":[{\"productId\":1,\"quantity\":0}]}",
            "{\"items\":[{\"productId\":1,\"quantity\":1001}]}", "{\"items\":[{\"productId\":0,\"quantity\":1}]}",
            "{\"items\":[{\"productId\":1,\"quantity\":1,\"unitPrice\":1}]}",
            "{\"items\":[{\"productId\":1,\"quantity\":1}],\"totalAmount\":1}", "{}",
            "{\"items\":[{\"productId\":1,\"quantity\":1}],\"userCouponId\":-3}",
            "{\"items\":[{\"productId\":1,\"quantity\":600},{\"productId\":1,\"quantity\":401}]}" })
    void refusesAnInvalidOrder(String body) {
        ApiResponse refused = shop.api(USER).post("/api/v1/users/" + USER + "/orders", body);

        assertThat(refused.status()).as(refused.rawBody()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(shop.api(USER).get("/api/v1/users/" + USER + "/orders").body().path("items")).isEmpty();
    }

    @Test
    void refusesMoreThanFiftyLines() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            items.add(Map.of("productId", i, "quantity", 1));
        }
        ApiResponse refused = shop.api(USER).post("/api/v1/users/" + USER + "/orders", Map.of("items", items));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void cancellationGivesEverythingBackOnce() {
        long product = shop.product("Chair", 2_000, 4);
        long userCoupon = shop.issue(USER, shop.fixedCoupon(300, 0, 10));
        shop.charge(USER, 10_000);
        long orderId = shop.order(USER, userCoupon, product, 2).body().path("orderId").asLong();
        assertThat(shop.balanceOf(USER)).isEqualTo(6_300);

        ApiResponse cancelled = shop.cancel(USER, orderId);

        assertThat(cancelled.status()).as(cancelled.rawBody()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.body().path("cancelledAt").asString()).isNotEmpty();
        assertThat(shop.balanceOf(USER)).isEqualTo(10_000);
        assertThat(shop.stockOf(product)).isEqualTo(4);
        assertThat(shop.couponStatus(USER, userCoupon)).isEqualTo("AVAILABLE");

        ApiResponse again = shop.cancel(USER, orderId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ORDER_NOT_CANCELLABLE");
        assertThat(shop.balanceOf(USER)).isEqualTo(10_000);
        assertThat(shop.stockOf(product)).isEqualTo(4);
    }

    @Test
    void onlyCompletedOrdersCanBeCancelled() {
        long product = shop.product("Gone", 100, 0);
        shop.charge(USER, 1_000);
        long failed = shop.order(USER, null, product, 1).body().path("orderId").asLong();

        assertThat(shop.cancel(USER, failed).code()).isEqualTo("ORDER_NOT_CANCELLABLE");
        assertThat(shop.cancel(USER, 987_654_321).status()).isEqualTo(404);
        assertThat(shop.cancel(USER, 987_654_321).code()).isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void aRepeatedIdempotencyKeyPlacesOneOrderAndDebitsOnce() {
        long product = shop.product("Book", 1_200, 10);
        shop.charge(USER, 10_000);
        Map<String, String> key = Map.of("Idempotency-Key", "order-once");

        ApiResponse first = shop.order(USER, null, key, product, 1);
        ApiResponse replay = shop.order(USER, null, key, product, 1);

        assertThat(first.status()).as(first.rawBody()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.rawBody()).isEqualTo(first.rawBody());
        assertThat(shop.balanceOf(USER)).isEqualTo(8_800);
        assertThat(shop.stockOf(product)).isEqualTo(9);
        assertThat(shop.api(USER).get("/api/v1/users/" + USER + "/orders").body().path("items")).hasSize(1);
        assertThat(shop.order(USER, null, key, product, 2).status()).isEqualTo(422);
    }

    @Test
    void ordersAreReadByIdAndListedNewestFirst() {
        long product = shop.product("Tea", 10, 100);
        shop.charge(USER, 1_000);
        Set<Long> placed = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            placed.add(shop.order(USER, null, product, 1).body().path("orderId").asLong());
        }

        List<Long> listed = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = shop.api(USER).get("/api/v1/users/" + USER + "/orders?size=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).body();
            page.path("items").forEach(item -> listed.add(item.path("orderId").asLong()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString();
        } while (cursor != null);

        assertThat(listed).containsExactlyInAnyOrderElementsOf(placed).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        ApiResponse missing = shop.api(USER).get("/api/v1/orders/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("ORDER_NOT_FOUND");
    }

    private static void assertFailed(ApiResponse failed, int status, String code) {
        assertThat(failed.status()).as(failed.rawBody()).isEqualTo(status);
        assertThat(failed.code()).isEqualTo(code);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.body().path("orderId").asLong()).isPositive();
        assertThat(failed.body().path("orderStatus").asString()).isEqualTo("FAILED");
    }
}
