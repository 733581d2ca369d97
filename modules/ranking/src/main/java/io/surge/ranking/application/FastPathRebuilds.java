package io.surge.ranking.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import io.surge.ranking.domain.SalesCalendar;
import io.surge.ranking.domain.SalesDayState;
import io.surge.ranking.port.out.DailySalesRepository;
import io.surge.ranking.port.out.SalesDayRepository;
import io.surge.ranking.port.out.SalesFastPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a day's Redis copy from MySQL. The day's row is held exclusively while the snapshot is read and written to
 * Redis as the next generation, so counts in flight either committed before (they are in the snapshot, and their
 * increment, carrying the old generation, is refused by the new build) or wait and then count under the new
 * generation. This is the one place Redis is written inside a MySQL transaction: on purpose, and only to rebuild a
 * cache while counting for that day waits a few milliseconds.
 */
@Component
class FastPathRebuilds {

    private static final Logger log = LoggerFactory.getLogger(FastPathRebuilds.class);

    private final SalesDayRepository days;
    private final DailySalesRepository sales;
    private final SalesFastPath fastPath;
    private final SalesCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    FastPathRebuilds(SalesDayRepository days, DailySalesRepository sales, SalesFastPath fastPath,
            SalesCalendar calendar, Clock clock, PlatformTransactionManager transactions) {
        this.days = days;
        this.sales = sales;
        this.fastPath = fastPath;
        this.calendar = calendar;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Rebuilds the day unless, once it is held, its copy turns out to be current (someone rebuilt it meanwhile).
     *
     * @return whether it was rebuilt
     * @throws io.surge.ranking.port.out.FastPathUnavailableException when Redis fails; the copy is then dropped if
     *         possible, so nothing half-known is served
     */
    boolean rebuild(LocalDate salesDate) {
        Duration keepFor = calendar.keepFor(salesDate, clock.instant());
        if (keepFor.isNegative() || keepFor.isZero()) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                SalesDayState state = days.lockForRebuild(salesDate);
                Optional<Long> built = fastPath.builtGeneration(salesDate);
                if (state.isServedBy(built.orElse(null))) {
                    return false;
                }
                long next = state.generation() + 1;
                fastPath.replace(salesDate, next, sales.salesOn(salesDate), keepFor);
                days.rebuilt(salesDate, next);
                return true;
            }));
        } catch (RuntimeException failed) {
            // Redis may hold the new build while MySQL rolled back to the old generation: drop it rather than
            // serve a build no count can join (if Redis is gone too, the repair job sees the generations differ)
            try {
                fastPath.forget(salesDate);
            } catch (RuntimeException alsoFailed) {
                log.debug("Could not drop the Redis copy of {} either: {}", salesDate, alsoFailed.getMessage());
            }
            throw failed;
        }
    }
}
