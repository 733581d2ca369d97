package io.surge.coupon.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param window how long a settled answer to a redemption is remembered ({@code surge.coupon.retention.window});
 *        longer than any request for that order can still arrive (ADR 0018)
 */
@ConfigurationProperties("surge.coupon.retention")
record CouponRetentionProperties(Duration window) {
}
