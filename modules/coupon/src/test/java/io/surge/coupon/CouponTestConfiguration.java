package io.surge.coupon;

import io.surge.testsupport.time.MutableClock;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every coupon integration test imports, so they all share one cached context per web environment: a clock
 * tests can move forward (the primary {@code Clock}; the platform's stays a bean), and a counter of the SQL
 * statements run against the coupon tables.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CouponTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    CouponSqlCounter couponSqlCounter() {
        return new CouponSqlCounter();
    }

    @Bean
    ExecuteListenerProvider couponSqlCounterListener(CouponSqlCounter counter) {
        return new DefaultExecuteListenerProvider(counter);
    }
}
