package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real orders move the best-seller ranking within seconds; a cancellation takes its order back out.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RankingJourneyTest {

    @LocalServerPort int port;

    @Test
    void completedOrdersRankAndCancelledOnesDropOut() {
        Shop shop = new Shop(port);
        long tea = shop.product("Tea", 100, 100);
        long coffee = shop.product("Coffee", 300, 100);
        long cocoa = shop.product("Cocoa", 200, 100);
        shop.charge(601, 100_000);
        shop.order(601, null, tea, 5);
        shop.order(601, null, coffee, 3, cocoa, 3);
        long cancelled = shop.order(601, null, cocoa, 4).body().path("orderId").asLong();
        shop.product("Never sold", 50, 10);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ranking())
                .containsExactly("Cocoa=7@200", "Tea=5@100", "Coffee=3@300"));

        assertThat(shop.cancel(601, cancelled).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ranking())
                .containsExactly("Tea=5@100", "Coffee=3@300", "Cocoa=3@200")); // a tie goes to the smaller id
    }

    private List<String> ranking() {
        ApiResponse popular = new Shop(port).api().get("/api/v1/products/popular?days=3&limit=5");
        assertThat(popular.status()).as(popular.rawBody()).isEqualTo(200);
        JsonNode items = popular.body().path("items");
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).path("rank").asInt()).isEqualTo(i + 1);
        }
        return items.valueStream().map(item -> item.path("name").asString() + "=" + item.path("soldQuantity").asLong()
                + "@" + item.path("price").asLong()).toList();
    }
}
