package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import org.jspecify.annotations.Nullable;

/**
 * The public API in the words of a shop's day: stock the shelves, fund a wallet, hand out a coupon, place an
 * order. Everything goes through real HTTP, so these tests see exactly what a client sees.
 */
final class Shop {

    private final ApiClient api;

    Shop(int port) {
        this.api = new ApiClient(port);
    }

    /** Anonymous: what anyone may read. */
    ApiClient api() {
        return api;
    }

    /** As this user: their own wallet, coupons and orders. */
    ApiClient api(long userId) {
        return api.as(userId);
    }

    long product(String name, long price, long stock) {
        ApiResponse created = api.asAdmin().post("/api/v1/admin/products",
                Map.of("name", name, "price", price, "stock", stock));
        assertThat(created.status()).as(created.rawBody()).isEqualTo(201);
        return created.body().path("productId").asLong();
    }

    long stockOf(long productId) {
        return api.get("/api/v1/products/" + productId).body().path("stock").asLong();
    }

    void charge(long userId, long amount) {
        ApiResponse charged = api.as(userId).post("/api/v1/users/" + userId + "/points/charges",
                Map.of("amount", amount));
        assertThat(charged.status()).as(charged.rawBody()).isEqualTo(200);
    }

    long balanceOf(long userId) {
        return api.as(userId).get("/api/v1/users/" + userId + "/points").body().path("balance").asLong();
    }

    long fixedCoupon(long discount, long minOrderAmount, int quantity) {
        ApiResponse created = api.asAdmin().post("/api/v1/admin/coupons", Map.of("name", "Fixed " + discount,
                "discountType", "FIXED", "discountValue", discount, "minOrderAmount", minOrderAmount,
                "totalQuantity", quantity, "validDays", 7));
        assertThat(created.status()).as(created.rawBody()).isEqualTo(201);
        return created.body().path("couponId").asLong();
    }

    long issue(long userId, long couponId) {
        ApiResponse issued = api.as(userId).post("/api/v1/users/" + userId + "/coupons", Map.of("couponId", couponId));
        assertThat(issued.status()).as(issued.rawBody()).isEqualTo(201);
        return issued.body().path("userCouponId").asLong();
    }

    String couponStatus(long userId, long userCouponId) {
        for (String status : List.of("AVAILABLE", "USED", "EXPIRED")) {
            ApiResponse page = api.as(userId).get("/api/v1/users/" + userId + "/coupons?size=100&status=" + status);
            for (var item : page.body().path("items")) {
                if (item.path("userCouponId").asLong() == userCouponId) {
                    return status;
                }
            }
        }
        throw new AssertionError("user " + userId + " has no coupon " + userCouponId);
    }

    ApiResponse order(long userId, @Nullable Long userCouponId, long... productsAndQuantities) {
        return order(userId, userCouponId, Map.of(), productsAndQuantities);
    }

    ApiResponse order(long userId, @Nullable Long userCouponId, Map<String, String> headers,
            long... productsAndQuantities) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < productsAndQuantities.length; i += 2) {
            items.add(Map.of("productId", productsAndQuantities[i], "quantity", productsAndQuantities[i + 1]));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        if (userCouponId != null) {
            body.put("userCouponId", userCouponId);
        }
        return api.as(userId).post("/api/v1/users/" + userId + "/orders", body, headers);
    }

    ApiResponse cancel(long userId, long orderId) {
        return api.as(userId).post("/api/v1/orders/" + orderId + "/cancellation", "");
    }
}
