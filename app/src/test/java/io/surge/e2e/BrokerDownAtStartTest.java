package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.infrastructure.AppInstances;
import io.surge.testsupport.infrastructure.TcpProxy;
import io.surge.testsupport.kafka.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The data platform's broker is not on any request's path, so it must not be on the start-up path either: an instance
 * whose broker does not answer starts as fast as any other (Spring Kafka alone would wait 30 s for the topics and
 * 10 s more to close its admin client), takes orders, and delivers them once the broker answers.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class BrokerDownAtStartTest {

    private static final long USER = 9_201;

    @Value("${spring.kafka.bootstrap-servers}") String broker;

    @Test
    void startsWithoutTheBrokerAndDeliversOnceItAnswers() throws Exception {
        String[] hostAndPort = broker.split(",")[0].split(":");
        try (TcpProxy unreachable = TcpProxy.closedTo(hostAndPort[0], Integer.parseInt(hostAndPort[1]))) {
            long started = System.nanoTime();
            try (ConfigurableApplicationContext instance = startWithBrokerAt(unreachable.port())) {
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("start-up with the broker away")
                        .isLessThan(Duration.ofSeconds(20));
                Shop shop = new Shop(AppInstances.port(instance));
                assertThat(shop.api().get("/actuator/health/readiness").status()).isEqualTo(200);
                long product = shop.product("Sold while the broker is away", 1_000, 10);
                shop.charge(USER, 5_000);
                ApiResponse placed = shop.order(USER, null, product, 1);
                assertThat(placed.status()).as(placed.rawBody()).isEqualTo(201);

                unreachable.open(); // bootstrap answers; the clients then reach the broker's advertised address

                try (TopicReader topic = new TopicReader(broker, "surge.order.completed")) {
                    JsonMapper json = JsonMapper.builder().build();
                    assertThat(topic.await(record -> json.readTree(record.value()).path("userId").asLong() == USER,
                            Duration.ofSeconds(60))).extracting(record -> record.key())
                            .containsExactly(placed.body().path("orderId").asString());
                }
            }
        }
    }

    /** The test infrastructure's broker address ranks above everything else, so the proxy's is put above it. */
    private static ConfigurableApplicationContext startWithBrokerAt(int port) {
        return AppInstances.start(SurgeApplication.class,
                Map.of("spring.kafka.bootstrap-servers", "127.0.0.1:" + port),
                List.of("spring.datasource.hikari.maximum-pool-size=10",
                        // the outbox retries the failed first delivery soon, not after the production back-off
                        "surge.outbox.resubmission-interval=PT1S", "surge.outbox.initial-backoff=PT1S",
                        "surge.outbox.max-backoff=PT2S", "spring.kafka.producer.properties.max.block.ms=2000",
                        "spring.kafka.producer.properties.delivery.timeout.ms=4000",
                        "spring.kafka.producer.properties.request.timeout.ms=2000"));
    }
}
