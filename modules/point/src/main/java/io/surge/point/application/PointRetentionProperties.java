package io.surge.point.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param window how long a refused payment is remembered ({@code surge.point.retention.window}); longer than any
 *        request for that payment can still arrive (ADR 0018)
 */
@ConfigurationProperties("surge.point.retention")
record PointRetentionProperties(Duration window) {
}
