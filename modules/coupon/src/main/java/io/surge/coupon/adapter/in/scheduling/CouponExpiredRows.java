package io.surge.coupon.adapter.in.scheduling;

import io.surge.coupon.port.in.PurgeExpiredRowsUseCase;
import io.surge.shared.retention.ExpiredRows;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The coupon module's tables with rows that expire, purged by the shared retention job (ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
class CouponExpiredRows {

    @Bean
    ExpiredRows settledRedemptions(PurgeExpiredRowsUseCase purgeExpiredRows) {
        return new ExpiredRows("coupon_redemption", purgeExpiredRows::purgeSettledRedemptions);
    }
}
