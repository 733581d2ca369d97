package io.surge.coupon.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The issue gate's settings the application layer uses (the Redis adapter binds its own from the same prefix).
 *
 * @param admissionGrace how long an admission may take to become a committed coupon before reconciliation
 *        treats it as lost and frees its slot ({@code surge.coupon.gate.admission-grace}); far longer than an issue
 *        transaction ever takes
 */
@ConfigurationProperties("surge.coupon.gate")
public record CouponGateProperties(@DefaultValue("PT30S") Duration admissionGrace) {
}
