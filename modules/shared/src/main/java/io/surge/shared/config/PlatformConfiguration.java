package io.surge.shared.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every module relies on being switched on: asynchronous module listeners, scheduled jobs (outbox
 * resubmission, idempotency purge), and one clock that tests can replace.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
