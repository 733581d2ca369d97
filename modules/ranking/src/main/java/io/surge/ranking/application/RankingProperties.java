package io.surge.ranking.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param cacheTtl how long an answer of the popular-products query is reused in this process
 *        ({@code surge.ranking.cache-ttl}); it bounds how stale an answer may be, {@code PT0S} turns reuse off
 * @param repairInterval how often days whose Redis copy is known to be wrong are rebuilt
 *        ({@code surge.ranking.repair-interval}); with {@code cacheTtl} it bounds how long such a day is served
 */
@ConfigurationProperties("surge.ranking")
public record RankingProperties(Duration cacheTtl, Duration repairInterval) {
}
