package io.surge.testsupport.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

/**
 * Tasks on real platform threads, one thread per task, released together by a barrier so that they really race
 * (a thread pool smaller than the race, or tasks started one by one, would mostly run them in turn).
 */
public final class Race {

    private Race() {
    }

    /** One racer: its index in the race, its result. */
    @FunctionalInterface
    public interface Task<T extends @Nullable Object> {
        T run(int index) throws Exception;
    }

    /** One racer that may lose by throwing. */
    @FunctionalInterface
    public interface Work {
        void run(int index) throws Exception;
    }

    /** Every task's result, in task order; a task's failure is rethrown (wrapped in an ExecutionException). */
    public static <T extends @Nullable Object> List<T> of(int count, Task<T> task) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : start(count, task)) {
            results.add(future.get());
        }
        return results;
    }

    /** The failures of the racers that lost, in task order; empty when every one went through. */
    public static List<Throwable> failuresOf(int count, Work work) throws Exception {
        List<Throwable> failures = new ArrayList<>();
        Task<@Nullable Void> task = index -> {
            work.run(index);
            return null;
        };
        for (Future<@Nullable Void> future : start(count, task)) {
            try {
                future.get();
            } catch (ExecutionException lost) {
                failures.add(lost.getCause());
            }
        }
        return failures;
    }

    private static <T extends @Nullable Object> List<Future<T>> start(int count, Task<T> task) {
        CyclicBarrier together = new CyclicBarrier(count);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit((Callable<T>) () -> {
                    together.await();
                    return task.run(index);
                }));
            }
        }
        return futures;
    }
}
