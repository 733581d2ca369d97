package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import io.surge.SurgeApplication;
import io.surge.testsupport.kafka.TopicReader;
import kafka.server.BrokerServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The data platform's broker goes away for a while: orders still complete (Kafka is not on their path), and their
 * messages arrive once a broker answers again on the same address, delivered from the outbox.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.producer.properties.max.block.ms=2000",
        "spring.kafka.producer.properties.request.timeout.ms=2000",
        "spring.kafka.producer.properties.delivery.timeout.ms=4000",
        "surge.outbox.resubmission-interval=PT1S", "surge.outbox.initial-backoff=PT1S",
        "surge.outbox.max-backoff=PT2S" })
class OrderFeedBrokerOutageTest {

    private static final EmbeddedKafkaKraftBroker BROKER = startBroker();

    @LocalServerPort int port;

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", BROKER::getBrokersAsString);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.destroy();
    }

    @Test
    void ordersCompleteWhileTheBrokerIsDownAndTheirMessagesArriveAfterwards() throws Exception {
        Shop shop = new Shop(port);
        long product = shop.product("Offline", 100, 100);
        shop.charge(903, 10_000);

        BrokerServer server = BROKER.getCluster().brokers().values().iterator().next();
        server.shutdown();
        Set<String> placedWhileDown = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            var placed = shop.order(903, null, product, 1);
            assertThat(placed.status()).as(placed.rawBody()).isEqualTo(201);
            placedWhileDown.add(placed.body().path("orderId").asString());
        }
        assertThat(shop.stockOf(product)).isEqualTo(97);
        Thread.sleep(5_000); // long enough for the first deliveries to fail and be scheduled for retry

        server.startup(); // the same broker, its address and its topics, back after the outage
        try (TopicReader topic = new TopicReader(BROKER.getBrokersAsString(), "surge.order.completed")) {
            Set<String> arrived = new HashSet<>();
            JsonMapper json = JsonMapper.builder().build();
            topic.await(record -> json.readTree(record.value()).path("userId").asLong() == 903
                    && arrived.add(record.key()) && arrived.containsAll(placedWhileDown), Duration.ofSeconds(60));
            assertThat(arrived).containsAll(placedWhileDown);
        }
    }

    private static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 1);
        started.afterPropertiesSet();
        return started;
    }
}
