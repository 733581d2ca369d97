package io.surge.point.application;

import java.time.Clock;

import io.surge.point.port.in.PurgeExpiredRowsUseCase;
import io.surge.point.port.out.PaymentRefusalRepository;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each batch is its own short transaction, in READ COMMITTED so deleting an old range takes no gap locks that
 * payments being refused now could wait on.
 */
@Service
@EnableConfigurationProperties(PointRetentionProperties.class)
class PointRetentionService implements PurgeExpiredRowsUseCase {

    private final PaymentRefusalRepository refusals;
    private final PointRetentionProperties properties;
    private final Clock clock;

    PointRetentionService(PaymentRefusalRepository refusals, PointRetentionProperties properties, Clock clock) {
        this.refusals = refusals;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int purgePaymentRefusals(int limit) {
        return refusals.deleteRefusedBefore(clock.instant().minus(properties.window()), limit);
    }
}
