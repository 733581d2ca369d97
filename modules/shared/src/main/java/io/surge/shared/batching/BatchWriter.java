package io.surge.shared.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Collects items many threads submit and writes them in batches from one writer thread: a batch is what arrived
 * within {@code flushInterval} of its first item, at most {@code flushSize} items. Each submitter gets a future that
 * completes with its item's result once its batch is written, or exceptionally with what made the batch fail. A
 * busy service writes big batches (one transaction for many items instead of one each); an idle one waits at most
 * {@code flushInterval} per item.
 * <p>
 * Hand-written because none of our libraries batches calls with a result per caller; it is a queue, one thread and
 * a loop (ADR 0014).
 *
 * @param <T> what is submitted
 * @param <R> what each item's write answers
 */
public final class BatchWriter<T, R extends @Nullable Object> {

    private final String name;
    private final Function<List<T>, List<R>> write;
    private final long flushIntervalNanos;
    private final int flushSize;
    private final BlockingQueue<Pending<T, R>> pending = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private volatile boolean stopped;
    private @Nullable Thread writer;

    /**
     * @param write writes one batch in one go and answers one result per item, in the items' order
     */
    public BatchWriter(String name, Duration flushInterval, int flushSize, Function<List<T>, List<R>> write) {
        if (flushSize < 1) {
            throw new IllegalArgumentException("flushSize must be at least 1");
        }
        this.name = name;
        this.write = write;
        this.flushIntervalNanos = flushInterval.toNanos();
        this.flushSize = flushSize;
    }

    /**
     * @return completes once the item's batch is written, or at once exceptionally after {@link #stop()} (the caller
     *         fails, as it would if the process had gone). A submitter that stops waiting cancels it: if its batch
     *         has not been written yet, it is not written.
     */
    public CompletableFuture<R> submit(T item) {
        Pending<T, R> submitted = new Pending<>(item, new CompletableFuture<>());
        if (stopped) {
            submitted.result().completeExceptionally(new IllegalStateException(name + " has stopped"));
        } else {
            pending.add(submitted);
        }
        return submitted.result();
    }

    /** Starts, or starts again after {@link #stop()} (a paused test context is stopped and started again). */
    public void start() {
        stopped = false;
        running = true;
        writer = Thread.ofPlatform().daemon().name(name).start(this::writeWhileRunning);
    }

    /** Stops after everything submitted so far is written; nothing submitted later is. */
    public void stop() {
        stopped = true;
        running = false;
        Thread stopping = writer;
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        writeLeftOvers();
    }

    public boolean isRunning() {
        return running;
    }

    private void writeWhileRunning() {
        List<Pending<T, R>> batch = new ArrayList<>(flushSize);
        while (running) {
            try {
                batch.add(pending.take());
                if (pending.size() < flushSize - 1) {
                    TimeUnit.NANOSECONDS.sleep(flushIntervalNanos); // let the batch fill
                }
            } catch (InterruptedException stopping) {
                pending.drainTo(batch);
                writeInBatches(batch);
                return;
            }
            pending.drainTo(batch, flushSize - batch.size());
            writeBatch(batch);
            batch.clear();
        }
    }

    private void writeLeftOvers() {
        List<Pending<T, R>> left = new ArrayList<>();
        pending.drainTo(left);
        writeInBatches(left);
    }

    private void writeInBatches(List<Pending<T, R>> items) {
        for (int from = 0; from < items.size(); from += flushSize) {
            writeBatch(items.subList(from, Math.min(from + flushSize, items.size())));
        }
    }

    private void writeBatch(List<Pending<T, R>> submitted) {
        List<Pending<T, R>> batch = submitted.stream().filter(item -> !item.result().isCancelled()).toList();
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<R> results = write.apply(batch.stream().map(Pending::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException failed) {
            batch.forEach(item -> item.result().completeExceptionally(failed));
        }
    }

    private record Pending<T, R extends @Nullable Object>(T item, CompletableFuture<R> result) {
    }
}
