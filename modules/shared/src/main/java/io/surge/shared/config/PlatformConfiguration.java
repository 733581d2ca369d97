package io.surge.shared.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * What every module relies on being switched on: asynchronous module listeners and one clock that tests can replace.
 * Scheduled jobs are switched on in {@code io.surge.shared.scheduling}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class PlatformConfiguration {

    /**
     * Ticks in microseconds, the precision of every {@code DATETIME(6)} column: an instant a use case returns is the
     * instant a later read of the database returns (an order answered from memory equals the order read back).
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
