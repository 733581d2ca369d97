package io.surge.shared.redis;

import java.time.Duration;

import org.redisson.api.RedissonClient;
import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis is optional for most of Surge (only coupon issuing needs it; ranking falls back to MySQL; rate limits fail
 * open), so the service must start and run without it (ADR 0016). Redisson connects on its first command instead of
 * at start-up, and the {@code redis} health component answers within {@code surge.redis.health-timeout} whether Redis
 * answers or not. Command and connect timeouts come from {@code spring.data.redis.timeout}/{@code connect-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    @Bean
    RedissonAutoConfigurationCustomizer connectOnFirstCommand() {
        return config -> config.setLazyInitialization(true);
    }

    /**
     * Replaces Spring Boot's Redis health indicator (same bean name), whose ping waits for all of Redisson's retries
     * when Redis is gone. Only liveness of the component is reported; readiness does not include it: a service
     * without Redis still serves (API.md answers coupon issuing 503 then).
     */
    @Bean
    HealthIndicator redisHealthIndicator(RedissonClient redisson,
            @Value("${surge.redis.health-timeout}") Duration timeout) {
        return () -> {
            try {
                return Health.up().withDetail("keys", RedisGuard.within(timeout, redisson.getKeys()::count)).build();
            } catch (RedisUnavailableException unavailable) {
                return Health.down().withDetail("error", unavailable.getMessage()).build();
            }
        };
    }
}
