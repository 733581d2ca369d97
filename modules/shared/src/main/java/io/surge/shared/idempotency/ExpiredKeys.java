package io.surge.shared.idempotency;

import java.time.Clock;

import io.surge.shared.retention.ExpiredRows;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keys are kept for the retention period (24 h by default), then forgotten: the retention job deletes the expired
 * records with every other table's expired rows (ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
class ExpiredKeys {

    @Bean
    ExpiredRows expiredIdempotencyKeys(IdempotencyRecords records, Clock clock) {
        return new ExpiredRows("idempotency_record", limit -> records.purgeExpired(clock.instant(), limit));
    }
}
