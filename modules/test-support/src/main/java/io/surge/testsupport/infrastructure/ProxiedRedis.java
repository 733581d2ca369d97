package io.surge.testsupport.infrastructure;

import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * For tests of what happens when Redis goes away while the service runs, and comes back: import this and autowire
 * the {@link TcpProxy}. The application's Redis client talks to the test infrastructure's Redis through the proxy,
 * open at start; {@code close()} takes Redis away (every connection cut, nothing listening), {@code open()} gives it
 * back. Redisson keeps its own timeouts and retries, as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProxiedRedis {

    /**
     * A closed proxy to the Redis the environment points the application at ({@code spring.data.redis.host} and
     * {@code .port}; this machine's Redis on its standard port when they are not set), for tests that start
     * instances of their own behind it.
     */
    public static TcpProxy closedProxy(Environment environment) {
        return TcpProxy.closedTo(environment.getProperty("spring.data.redis.host", "127.0.0.1"),
                environment.getProperty("spring.data.redis.port", Integer.class, 6379));
    }

    @Bean
    TcpProxy redisProxy(Environment environment) {
        TcpProxy proxy = closedProxy(environment);
        proxy.open();
        return proxy;
    }

    @Bean
    RedissonAutoConfigurationCustomizer redisThroughProxy(TcpProxy redisProxy) {
        return config -> config.useSingleServer().setAddress("redis://127.0.0.1:" + redisProxy.port());
    }
}
