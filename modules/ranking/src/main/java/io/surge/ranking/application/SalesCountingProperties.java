package io.surge.ranking.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How completed orders are counted together (defaults in {@code surge-defaults.properties}).
 *
 * @param batchInterval the longest a completed order waits for others to be counted with
 *        ({@code surge.ranking.counting.batch-interval})
 * @param batchSize how many completed orders one transaction counts at most ({@code surge.ranking.counting.batch-size})
 * @param timeout how long a listener waits for its order's batch to commit before it fails and its publication is
 *        delivered again ({@code surge.ranking.counting.timeout})
 */
@ConfigurationProperties("surge.ranking.counting")
record SalesCountingProperties(Duration batchInterval, int batchSize, Duration timeout) {
}
