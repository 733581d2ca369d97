package io.surge.ranking.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecentAnswersTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RecentAnswers<String, Integer> answers = new RecentAnswers<>(Duration.ofSeconds(1), nanos::get);
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    void reusesAnAnswerForItsTimeToLiveThenComputesAgain() {
        assertThat(answers.get("3/5", computations::incrementAndGet)).isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(answers.get("3/5", computations::incrementAndGet)).isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(answers.get("3/5", computations::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void answersAreKeptPerQuestion() {
        assertThat(answers.get("3/5", computations::incrementAndGet)).isEqualTo(1);
        assertThat(answers.get("7/5", computations::incrementAndGet)).isEqualTo(2);
        assertThat(answers.get("3/5", computations::incrementAndGet)).isEqualTo(1);
    }

    @Test
    void aFailureIsNotKept() {
        assertThatIllegalStateException().isThrownBy(() -> answers.get("3/5", () -> {
            throw new IllegalStateException("Redis and MySQL both gone");
        }));
        assertThat(answers.get("3/5", computations::incrementAndGet)).isEqualTo(1);
    }

    @Test
    void aZeroTimeToLiveComputesEveryTime() {
        RecentAnswers<String, Integer> uncached = new RecentAnswers<>(Duration.ZERO, nanos::get);

        uncached.get("3/5", computations::incrementAndGet);
        uncached.get("3/5", computations::incrementAndGet);

        assertThat(computations).hasValue(2);
    }

    @Test
    void concurrentAskersOfOneQuestionShareOneComputation() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            results.add(threads.submit(() -> answers.get("3/5", () -> {
                computing.countDown();
                await(release);
                return computations.incrementAndGet();
            })));
            computing.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                results.add(threads.submit(() -> answers.get("3/5", computations::incrementAndGet)));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            }
        }
        assertThat(computations).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
