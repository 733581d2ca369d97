package io.surge.coupon.application;

import java.time.Clock;
import java.time.Instant;

import io.surge.coupon.domain.Redemption.Outcome;
import io.surge.coupon.port.in.PurgeExpiredRowsUseCase;
import io.surge.coupon.port.out.RedemptionRepository;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each batch is its own short transaction, in READ COMMITTED so deleting an old range takes no gap locks that
 * redemptions being answered now could wait on. Rejections go first, then restorations, one outcome at a time, so
 * each reads its own part of the outcome index in order.
 */
@Service
@EnableConfigurationProperties(CouponRetentionProperties.class)
class CouponRetentionService implements PurgeExpiredRowsUseCase {

    private final RedemptionRepository redemptions;
    private final CouponRetentionProperties properties;
    private final Clock clock;

    CouponRetentionService(RedemptionRepository redemptions, CouponRetentionProperties properties, Clock clock) {
        this.redemptions = redemptions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int purgeSettledRedemptions(int limit) {
        Instant cutoff = clock.instant().minus(properties.window());
        int deleted = redemptions.deleteSettledBefore(Outcome.REJECTED, cutoff, limit);
        if (deleted < limit) {
            deleted += redemptions.deleteSettledBefore(Outcome.RESTORED, cutoff, limit - deleted);
        }
        return deleted;
    }
}
