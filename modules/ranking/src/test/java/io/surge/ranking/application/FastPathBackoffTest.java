package io.surge.ranking.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class FastPathBackoffTest {

    private final AtomicLong nanos = new AtomicLong(-5_000); // a monotonic clock may well be negative
    private final FastPathBackoff backoff = new FastPathBackoff(Duration.ofSeconds(5), nanos::get);

    @Test
    void redisIsTriedUntilItFails() {
        assertThat(backoff.allowsAttempt()).isTrue();
        backoff.succeeded();
        assertThat(backoff.allowsAttempt()).isTrue();
    }

    @Test
    void afterAFailureRedisIsLeftAloneForTheBackoffThenTriedAgain() {
        backoff.failed();
        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(backoff.allowsAttempt()).isFalse();

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(backoff.allowsAttempt()).isTrue();

        backoff.failed();
        assertThat(backoff.allowsAttempt()).isFalse();
        backoff.succeeded();
        assertThat(backoff.allowsAttempt()).isTrue();
    }

    @Test
    void aZeroBackoffRetriesAtOnce() {
        FastPathBackoff none = new FastPathBackoff(Duration.ZERO, nanos::get);

        none.failed();

        assertThat(none.allowsAttempt()).isTrue();
    }
}
