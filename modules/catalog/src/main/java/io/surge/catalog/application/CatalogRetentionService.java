package io.surge.catalog.application;

import java.time.Clock;
import java.time.Instant;

import io.surge.catalog.domain.ReservationOutcome.Status;
import io.surge.catalog.port.in.PurgeExpiredRowsUseCase;
import io.surge.catalog.port.out.StockReservationRepository;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each batch is its own short transaction, in READ COMMITTED so deleting an old range takes no gap locks that
 * reservations being decided now could wait on. Rejections go first, then releases, one status at a time, so each
 * reads its own part of the outcome index in order.
 */
@Service
@EnableConfigurationProperties(CatalogRetentionProperties.class)
class CatalogRetentionService implements PurgeExpiredRowsUseCase {

    private final StockReservationRepository reservations;
    private final CatalogRetentionProperties properties;
    private final Clock clock;

    CatalogRetentionService(StockReservationRepository reservations, CatalogRetentionProperties properties,
            Clock clock) {
        this.reservations = reservations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int purgeSettledReservations(int limit) {
        Instant cutoff = clock.instant().minus(properties.window());
        int deleted = reservations.deleteSettledBefore(Status.REJECTED, cutoff, limit);
        if (deleted < limit) {
            deleted += reservations.deleteSettledBefore(Status.RELEASED, cutoff, limit - deleted);
        }
        return deleted;
    }
}
