package io.surge.ranking.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import io.surge.ranking.domain.SaleLines;
import io.surge.ranking.domain.SalesCalendar;
import io.surge.ranking.port.out.SalesDayRepository;
import io.surge.ranking.port.out.SalesFastPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a committed count to Redis. A Redis failure is never the caller's failure: the count is safe in MySQL, so
 * the day is marked stale there (in a transaction of its own: the counting one is over) and is rebuilt by the repair
 * job. Only when MySQL cannot take that mark either does this fail, so the event is delivered again and its
 * redelivery marks the day.
 */
@Component
class FastPathIncrements {

    private static final Logger log = LoggerFactory.getLogger(FastPathIncrements.class);

    private final SalesFastPath fastPath;
    private final SalesDayRepository days;
    private final SalesCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    FastPathIncrements(SalesFastPath fastPath, SalesDayRepository days, SalesCalendar calendar, Clock clock,
            PlatformTransactionManager transactions) {
        this.fastPath = fastPath;
        this.days = days;
        this.calendar = calendar;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param generation the day's generation the count was made under: the lines join only that build of the day,
     *        since any later build was made from a snapshot that holds them already
     */
    void apply(LocalDate salesDate, long generation, SaleLines lines) {
        Duration keepFor = calendar.keepFor(salesDate, clock.instant());
        if (keepFor.isNegative() || keepFor.isZero()) {
            return; // no window can ask for that day any more: nothing to keep in Redis
        }
        try {
            fastPath.add(salesDate, generation, lines, keepFor);
        } catch (RuntimeException failed) {
            log.debug("Could not add to the Redis copy of {}; marking it for repair: {}", salesDate,
                    failed.getMessage());
            markStale(salesDate);
        }
    }

    /** Marks a day whose Redis copy may have missed a change, in a transaction of its own. */
    private void markStale(LocalDate salesDate) {
        ownTransaction.executeWithoutResult(status -> days.markStale(salesDate));
    }
}
