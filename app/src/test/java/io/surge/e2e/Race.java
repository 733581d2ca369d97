package io.surge.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs requests on real platform threads released together, and collects every answer.
 */
final class Race {

    private Race() {
    }

    static <T> List<T> of(int count, IntFunction<T> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit((Callable<T>) () -> {
                    start.await();
                    return request.apply(index);
                }));
            }
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
