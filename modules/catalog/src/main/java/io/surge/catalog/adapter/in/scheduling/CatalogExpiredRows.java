package io.surge.catalog.adapter.in.scheduling;

import io.surge.catalog.port.in.PurgeExpiredRowsUseCase;
import io.surge.shared.retention.ExpiredRows;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog module's tables with rows that expire, purged by the shared retention job (ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
class CatalogExpiredRows {

    @Bean
    ExpiredRows settledReservations(PurgeExpiredRowsUseCase purgeExpiredRows) {
        return new ExpiredRows("stock_reservation_outcome", purgeExpiredRows::purgeSettledReservations);
    }
}
