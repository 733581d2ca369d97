package io.surge.ranking.application;

import io.surge.ranking.port.in.CountCompletedOrderCommand;
import io.surge.ranking.port.in.CountCompletedOrderUseCase;
import io.surge.ranking.port.in.UncountCancelledOrderCommand;
import io.surge.ranking.port.in.UncountCancelledOrderUseCase;
import io.surge.shared.persistence.AfterCommit;

import org.springframework.stereotype.Service;

/**
 * Counts completed orders into their business day and takes cancelled ones back, exactly once each, in MySQL
 * ({@link SalesCountingTransaction}); then, once that has committed, adds the same change to the day's Redis copy.
 * Called without a transaction (the order listeners run without one), the counting transaction has committed and
 * given its connection back before Redis is touched, so a slow or failing Redis never holds a database connection
 * and marking a day stale needs only one.
 */
@Service
class SalesCountingService implements CountCompletedOrderUseCase, UncountCancelledOrderUseCase {

    private final SalesCountingTransaction counting;
    private final FastPathIncrements fastPath;

    SalesCountingService(SalesCountingTransaction counting, FastPathIncrements fastPath) {
        this.counting = counting;
        this.fastPath = fastPath;
    }

    @Override
    public void count(CountCompletedOrderCommand command) {
        counting.count(command).ifPresent(this::applyOnceCommitted);
    }

    @Override
    public void uncount(UncountCancelledOrderCommand command) {
        counting.uncount(command).ifPresent(this::applyOnceCommitted);
    }

    private void applyOnceCommitted(CountedChange change) {
        AfterCommit.run(() -> fastPath.apply(change.salesDate(), change.generation(), change.lines()));
    }
}
