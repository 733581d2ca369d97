package io.surge.ranking.application;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.surge.ranking.port.in.CountCompletedOrderCommand;
import io.surge.ranking.port.in.CountCompletedOrderUseCase;
import io.surge.ranking.port.in.UncountCancelledOrderCommand;
import io.surge.ranking.port.in.UncountCancelledOrderUseCase;
import io.surge.shared.batching.BatchWriter;
import io.surge.shared.persistence.AfterCommit;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Counts completed orders into their business day and takes cancelled ones back, exactly once each, in MySQL
 * ({@link SalesCountingTransaction}); then, once that has committed, adds the same change to the day's Redis copy.
 * Completed orders arrive one per listener call, each on its own thread; they are counted together, many per
 * transaction ({@link BatchWriter}), and each call returns once its order's batch has committed. Called without a
 * transaction (the order listeners run without one), the counting transaction has committed and given its
 * connection back before Redis is touched, so a slow or failing Redis never holds a database connection and marking
 * a day stale needs only one.
 */
@Service
class SalesCountingService implements CountCompletedOrderUseCase, UncountCancelledOrderUseCase, SmartLifecycle {

    private final SalesCountingTransaction counting;
    private final FastPathIncrements fastPath;
    private final BatchWriter<CountCompletedOrderCommand, Optional<CountedChange>> completions;
    private final Duration timeout;

    SalesCountingService(SalesCountingTransaction counting, FastPathIncrements fastPath,
            SalesCountingProperties properties) {
        this.counting = counting;
        this.fastPath = fastPath;
        this.completions = new BatchWriter<>("ranking-counting", properties.batchInterval(), properties.batchSize(),
                counting::countAll);
        this.timeout = properties.timeout();
    }

    /** @throws IllegalStateException when the order's batch was not counted (its publication is delivered again) */
    @Override
    public void count(CountCompletedOrderCommand command) {
        CompletableFuture<Optional<CountedChange>> batch = completions.submit(command);
        Optional<CountedChange> counted;
        try {
            counted = batch.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException notCounted) {
            throw new IllegalStateException("order " + command.orderId() + " was not counted", notCounted.getCause());
        } catch (TimeoutException | InterruptedException notYet) {
            batch.cancel(false); // not counted by this call, unless its batch is being written right now
            if (notYet instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("order " + command.orderId() + " was not counted in " + timeout, notYet);
        }
        counted.ifPresent(this::applyOnceCommitted);
    }

    @Override
    public void uncount(UncountCancelledOrderCommand command) {
        counting.uncount(command).ifPresent(this::applyOnceCommitted);
    }

    @Override
    public void start() {
        completions.start();
    }

    /** Counts what was submitted before it stops; a completion that comes later fails and is delivered again. */
    @Override
    public void stop() {
        completions.stop();
    }

    @Override
    public boolean isRunning() {
        return completions.isRunning();
    }

    private void applyOnceCommitted(CountedChange change) {
        AfterCommit.run(() -> fastPath.apply(change.salesDate(), change.generation(), change.lines()));
    }
}
