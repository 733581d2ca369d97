package io.surge.testsupport.infrastructure;

import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For tests of what happens while Redis is gone: point {@code spring.data.redis.port} at a closed port and import
 * this. Redisson connects at start-up unless told to wait for its first command, and retries for seconds by
 * default; this Redis is known to be gone, so every command fails at once.
 */
@TestConfiguration(proxyBeanMethods = false)
public class UnreachableRedis {

    @Bean
    RedissonAutoConfigurationCustomizer unreachableRedis(@Value("${spring.data.redis.port}") int port) {
        return config -> {
            config.setLazyInitialization(true);
            config.useSingleServer().setAddress("redis://127.0.0.1:" + port).setConnectTimeout(500)
                    .setTimeout(500).setRetryAttempts(0);
        };
    }
}
