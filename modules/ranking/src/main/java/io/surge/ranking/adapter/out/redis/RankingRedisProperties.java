package io.surge.ranking.adapter.out.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keyPrefix what every ranking key starts with ({@code surge.ranking.key-prefix}); tests get a prefix per JVM
 *        so concurrent runs sharing one Redis never see each other's days
 * @param redisTimeout how long one ranking command may take before Redis counts as failed
 *        ({@code surge.ranking.redis-timeout}), whatever the client's own timeouts and retries: the fast path is only
 *        worth using when it is fast, and MySQL answers meanwhile
 * @param redisOpenFor how long Redis is not called after it kept failing ({@code surge.ranking.redis-open-for}): an
 *        outage then costs a few timeouts, not one per request; then single calls probe it
 */
@ConfigurationProperties("surge.ranking")
record RankingRedisProperties(String keyPrefix, Duration redisTimeout, Duration redisOpenFor) {
}
