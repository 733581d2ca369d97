package io.surge.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.surge.coupon.domain.DiscountType;
import io.surge.coupon.domain.UserCoupon;
import io.surge.coupon.port.in.CreateCouponCommand;
import io.surge.coupon.port.in.CreateCouponUseCase;
import io.surge.coupon.port.in.IssueCouponCommand;
import io.surge.coupon.port.in.IssueCouponUseCase;
import io.surge.testsupport.kafka.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * An issued coupon reaches the data platform: the real broker carries it on {@code surge.coupon.issued}, keyed by
 * coupon, as the JSON of API.md.
 */
@ApplicationModuleTest
@Import(CouponTestConfiguration.class)
class CouponIssuedKafkaTest {

    @Autowired CreateCouponUseCase createCoupon;
    @Autowired IssueCouponUseCase issueCoupon;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    @Test
    void anIssuedCouponIsStreamedToKafkaWithTheCouponAsKey() {
        long couponId = createCoupon.create(new CreateCouponCommand("Streamed", DiscountType.FIXED, 500, null, null,
                10, null, null, 7)).couponId();
        UserCoupon issued = issueCoupon.issue(new IssueCouponCommand(couponId, 31_337));

        try (TopicReader topic = new TopicReader(bootstrapServers, "surge.coupon.issued")) {
            ConsumerRecord<String, String> record = topic
                    .await(candidate -> candidate.value().contains("\"userId\":31337,"),
                            Duration.ofSeconds(30))
                    .getFirst();

            assertThat(record.key()).isEqualTo(Long.toString(couponId));
            JsonNode json = JsonMapper.builder().build().readTree(record.value());
            assertThat(json.path("eventId").asString()).hasSize(36);
            assertThat(json.path("couponId").asLong()).isEqualTo(couponId);
            assertThat(json.path("userCouponId").asLong()).isEqualTo(issued.userCouponId());
            assertThat(json.path("userId").asLong()).isEqualTo(31_337);
            assertThat(Instant.parse(json.path("issuedAt").asString())).isEqualTo(issued.issuedAt());
            assertThat(json.propertyNames()).containsExactlyInAnyOrder("eventId", "couponId", "userCouponId",
                    "userId", "issuedAt");
        }
    }
}
