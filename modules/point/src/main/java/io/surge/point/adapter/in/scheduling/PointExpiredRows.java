package io.surge.point.adapter.in.scheduling;

import io.surge.point.port.in.PurgeExpiredRowsUseCase;
import io.surge.shared.retention.ExpiredRows;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The point module's tables with rows that expire, purged by the shared retention job (ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
class PointExpiredRows {

    @Bean
    ExpiredRows pointUseRejections(PurgeExpiredRowsUseCase purgeExpiredRows) {
        return new ExpiredRows("point_use_rejection", purgeExpiredRows::purgePaymentRefusals);
    }
}
