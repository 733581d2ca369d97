package io.surge.coupon.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The issue gate's settings the application layer uses (the Redis adapter binds its own from the same prefix).
 *
 * @param admissionGrace how long an admission may take to become a committed coupon before reconciliation
 *        treats it as lost and frees its slot ({@code surge.coupon.gate.admission-grace}); far longer than an issue
 *        transaction ever takes
 * @param reconcileBatchSize how many admissions or winners reconciliation reads at a time
 *        ({@code surge.coupon.gate.reconcile-batch-size})
 */
@ConfigurationProperties("surge.coupon.gate")
public record CouponGateProperties(Duration admissionGrace, int reconcileBatchSize) {

    public CouponGateProperties {
        if (reconcileBatchSize < 1) {
            throw new IllegalArgumentException("surge.coupon.gate.reconcile-batch-size must be at least 1");
        }
    }
}
