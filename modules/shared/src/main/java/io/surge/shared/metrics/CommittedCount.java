package io.surge.shared.metrics;

import java.util.concurrent.atomic.LongAdder;

import io.surge.shared.persistence.AfterCommit;

/**
 * How often a business outcome happened, counting only what committed: inside a transaction one is added when it
 * commits, outside one at once. An order whose transaction rolls back (a lock wait, a failed commit) is therefore never
 * counted, and its retry counts once. A module's metrics adapter holds one per series and publishes it as a
 * {@code FunctionCounter} from its {@code MeterBinder}: every series exists at 0 from start-up (Prometheus sees the
 * first increment), and counting needs no meter registry (module tests have none). ADR 0019.
 */
public final class CommittedCount {

    private final LongAdder count = new LongAdder();

    public void increment() {
        AfterCommit.run(count::increment);
    }

    /** The committed count so far; what the {@code FunctionCounter} reads at every scrape. */
    public double value() {
        return count.sum();
    }
}
