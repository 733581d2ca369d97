package io.surge.ranking.adapter.in.scheduling;

import io.surge.ranking.port.in.PurgeExpiredRowsUseCase;
import io.surge.shared.retention.ExpiredRows;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ranking module's tables with rows that expire, purged by the shared retention job (ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
class RankingExpiredRows {

    @Bean
    ExpiredRows countedOrders(PurgeExpiredRowsUseCase purgeExpiredRows) {
        return new ExpiredRows("ranking_order", purgeExpiredRows::purgeCountedOrders);
    }

    @Bean
    ExpiredRows dailySales(PurgeExpiredRowsUseCase purgeExpiredRows) {
        return new ExpiredRows("ranking_daily_sales", purgeExpiredRows::purgeDailySales);
    }

    @Bean
    ExpiredRows salesDays(PurgeExpiredRowsUseCase purgeExpiredRows) {
        return new ExpiredRows("ranking_sales_day", purgeExpiredRows::purgeSalesDays);
    }
}
