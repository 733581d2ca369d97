package io.surge.catalog.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param window how long a settled stock reservation outcome is remembered ({@code surge.catalog.retention.window});
 *        longer than any request for that order can still arrive (ADR 0018)
 */
@ConfigurationProperties("surge.catalog.retention")
record CatalogRetentionProperties(Duration window) {
}
