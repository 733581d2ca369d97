package io.surge.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.surge.point.domain.LedgerEntry;
import io.surge.point.port.in.ChargePointsCommand;
import io.surge.point.port.in.ChargePointsUseCase;
import io.surge.testsupport.kafka.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * A charge reaches the data platform: the real broker carries it on {@code surge.point.charged}, keyed by
 * user, as the JSON of API.md.
 */
@ApplicationModuleTest
class PointsChargedKafkaTest {

    @Autowired ChargePointsUseCase chargePoints;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    @Test
    void aChargeIsStreamedToKafkaWithTheUserAsKey() {
        LedgerEntry charge = chargePoints.charge(new ChargePointsCommand(31_337, 1_234));

        try (TopicReader topic = new TopicReader(bootstrapServers, "surge.point.charged")) {
            ConsumerRecord<String, String> record = topic
                    .await(candidate -> "31337".equals(candidate.key()),
                            Duration.ofSeconds(30))
                    .getFirst();

            assertThat(record.key()).isEqualTo("31337");
            JsonNode json = JsonMapper.builder().build().readTree(record.value());
            assertThat(json.path("eventId").asString()).hasSize(36);
            assertThat(json.path("userId").asLong()).isEqualTo(31_337);
            assertThat(json.path("amount").asLong()).isEqualTo(1_234);
            assertThat(json.path("balanceAfter").asLong()).isEqualTo(1_234);
            assertThat(json.path("entryId").asLong()).isEqualTo(charge.entryId());
            assertThat(Instant.parse(json.path("chargedAt").asString())).isEqualTo(charge.createdAt());
        }
    }
}
