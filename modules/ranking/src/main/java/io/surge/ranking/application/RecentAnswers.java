package io.surge.ranking.application;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Reuses an answer for {@code ttl} after it was computed, and computes it once however many ask for it at the
 * same time (the others wait for that one computation). A failed computation is not kept. Entries are few
 * (one per window and limit asked for) and the expired ones are dropped as the map grows.
 */
final class RecentAnswers<K, V> {

    private static final int SWEEP_ABOVE = 512;

    private record Answer<V>(FutureTask<V> value, long computedAt) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();

    RecentAnswers(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    V get(K key, Supplier<V> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        Answer<V> known = answers.get(key);
        if (known != null && isFresh(known)) {
            return await(key, known);
        }
        Answer<V> mine = new Answer<>(new FutureTask<>(compute::get), nanoTime.getAsLong());
        Answer<V> winner = answers.compute(key, (k, current) -> current != null && isFresh(current) ? current : mine);
        if (winner == mine) {
            sweepIfLarge();
            mine.value().run();
        }
        return await(key, winner);
    }

    private boolean isFresh(Answer<V> answer) {
        return nanoTime.getAsLong() - answer.computedAt() < ttlNanos;
    }

    private V await(K key, Answer<V> answer) {
        try {
            return answer.value().get();
        } catch (ExecutionException failed) {
            answers.remove(key, answer);
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an answer", interrupted);
        } catch (CancellationException cancelled) {
            answers.remove(key, answer);
            throw cancelled;
        }
    }

    private void sweepIfLarge() {
        if (answers.size() > SWEEP_ABOVE) {
            answers.values().removeIf(answer -> !isFresh(answer));
        }
    }
}
