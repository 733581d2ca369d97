package io.surge.testsupport.infrastructure;

import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For tests of what happens when Redis goes away while the service runs, and comes back: import this and autowire
 * the {@link TcpProxy}. The application's Redis client talks to the test infrastructure's Redis through the proxy,
 * open at start; {@code close()} takes Redis away (every connection cut, nothing listening), {@code open()} gives it
 * back. Redisson keeps its own timeouts and retries, as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProxiedRedis {

    @Bean
    TcpProxy redisProxy(@Value("${spring.data.redis.host:127.0.0.1}") String host,
            @Value("${spring.data.redis.port:6379}") int port) {
        TcpProxy proxy = TcpProxy.closedTo(host, port);
        proxy.open();
        return proxy;
    }

    @Bean
    RedissonAutoConfigurationCustomizer redisThroughProxy(TcpProxy redisProxy) {
        return config -> config.useSingleServer().setAddress("redis://127.0.0.1:" + redisProxy.port());
    }
}
