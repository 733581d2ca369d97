package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.kafka.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The data platform's feed: every completed order, and every cancellation, on the real broker with the order
 * id as key and the JSON of API.md.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OrderFeedKafkaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    @Test
    void everyCompletedOrderIsStreamedKeyedByOrder() {
        Shop shop = new Shop(port);
        long product = shop.product("Streamed", 1_500, 100);
        long userCoupon = shop.issue(901, shop.fixedCoupon(200, 0, 10));
        shop.charge(901, 100_000);
        Set<String> completed = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ApiResponse placed = shop.order(901, i == 0 ? userCoupon : null, product, 2);
            assertThat(placed.status()).isEqualTo(201);
            completed.add(placed.body().path("orderId").asString());
        }
        String withCoupon = shop.api(901).get("/api/v1/users/901/orders?size=100").body().path("items")
                .valueStream().filter(order -> order.has("userCouponId")).findFirst().orElseThrow()
                .path("orderId").asString();

        try (TopicReader topic = new TopicReader(bootstrapServers, "surge.order.completed")) {
            Set<String> seen = new HashSet<>();
            topic.await(record -> ofUser(record, 901) && completed.contains(record.key()) && seen.add(record.key())
                    && seen.containsAll(completed), Duration.ofSeconds(30));
            assertThat(seen).containsAll(completed);
        }
        try (TopicReader topic = new TopicReader(bootstrapServers, "surge.order.completed")) {
            ConsumerRecord<String, String> record = topic.await(candidate -> ofUser(candidate, 901) && withCoupon.equals(candidate.key()),
                    Duration.ofSeconds(30)).getFirst();
            JsonNode json = JSON.readTree(record.value());
            assertThat(json.path("eventId").asString()).hasSize(36);
            assertThat(json.path("orderId").asString()).isEqualTo(withCoupon);
            assertThat(json.path("userId").asLong()).isEqualTo(901);
            assertThat(json.path("items")).singleElement().satisfies(item -> {
                assertThat(item.path("productId").asLong()).isEqualTo(product);
                assertThat(item.path("quantity").asInt()).isEqualTo(2);
                assertThat(item.path("unitPrice").asLong()).isEqualTo(1_500);
            });
            assertThat(json.path("totalAmount").asLong()).isEqualTo(3_000);
            assertThat(json.path("discountAmount").asLong()).isEqualTo(200);
            assertThat(json.path("paidAmount").asLong()).isEqualTo(2_800);
            assertThat(json.path("userCouponId").asLong()).isEqualTo(userCoupon);
            assertThat(json.path("completedAt").asString()).endsWith("Z");
        }
    }

    /** Order ids restart with every test's empty tables, so a record is recognised by its user too. */
    private static boolean ofUser(ConsumerRecord<String, String> record, long userId) {
        return JSON.readTree(record.value()).path("userId").asLong() == userId;
    }

    @Test
    void aCancellationIsStreamedWithTheRefund() {
        Shop shop = new Shop(port);
        long product = shop.product("Returned", 800, 10);
        shop.charge(902, 10_000);
        String orderId = shop.order(902, null, product, 3).body().path("orderId").asString();
        assertThat(shop.cancel(902, Long.parseLong(orderId)).status()).isEqualTo(200);

        try (TopicReader topic = new TopicReader(bootstrapServers, "surge.order.cancelled")) {
            List<ConsumerRecord<String, String>> records = topic.await(record -> ofUser(record, 902) && orderId.equals(record.key()),
                    Duration.ofSeconds(30));
            JsonNode json = JSON.readTree(records.getFirst().value());
            assertThat(json.path("refundedAmount").asLong()).isEqualTo(2_400);
            assertThat(json.path("items")).hasSize(1);
            assertThat(json.path("cancelledAt").asString()).isNotEmpty();
            assertThat(json.path("eventId").asString()).hasSize(36);
        }
    }
}
