package io.surge.ranking.application;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Leaves Redis alone for a while after it failed. A Redis that is down makes every call wait for a timeout;
 * during the back-off queries go straight to MySQL and counts straight to marking their day stale. The first call
 * after it tries Redis again. Time is measured on a monotonic clock, not the business clock.
 */
final class FastPathBackoff {

    private final long backoffNanos;
    private final LongSupplier nanoTime;
    private volatile boolean failing;
    private volatile long retryAt;

    FastPathBackoff(Duration backoff, LongSupplier nanoTime) {
        this.backoffNanos = backoff.toNanos();
        this.nanoTime = nanoTime;
    }

    boolean allowsAttempt() {
        return !failing || nanoTime.getAsLong() - retryAt >= 0;
    }

    void failed() {
        retryAt = nanoTime.getAsLong() + backoffNanos;
        failing = true;
    }

    void succeeded() {
        failing = false;
    }
}
