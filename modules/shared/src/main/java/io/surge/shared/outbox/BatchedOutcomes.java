package io.surge.shared.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Writes what became of publications (completed, failed) in batches: one writer thread collects them for at most
 * {@code flush-interval} or {@code flush-size} of them and writes them in one JDBC batch and one transaction. A crash
 * before the write loses nothing but the write: the publication stays incomplete and is delivered again after the
 * staleness threshold, which at-least-once delivery and the events' {@code eventId} allow (ADR 0014).
 */
class BatchedOutcomes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BatchedOutcomes.class);

    private final BlockingQueue<Outcome> pending = new LinkedBlockingQueue<>();
    private final EventPublicationTable table;
    private final long flushIntervalNanos;
    private final int flushSize;
    private volatile boolean running;
    private @Nullable Thread writer;

    BatchedOutcomes(EventPublicationTable table, OutboxProperties properties) {
        this.table = table;
        this.flushIntervalNanos = properties.flushInterval().toNanos();
        this.flushSize = properties.flushSize();
    }

    void completed(UUID publication) {
        pending.add(new Outcome(publication, true));
    }

    void failed(UUID publication) {
        pending.add(new Outcome(publication, false));
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().daemon().name("outbox-outcomes").start(this::writeWhileRunning);
    }

    /** Stops after everything the listeners reported so far is written. */
    @Override
    public void stop() {
        running = false;
        writer.interrupt();
        try {
            writer.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        List<Outcome> left = new ArrayList<>();
        pending.drainTo(left);
        write(left);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after every other component, so the outcomes of publications still on their way are written too. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    private void writeWhileRunning() {
        List<Outcome> batch = new ArrayList<>(flushSize);
        while (running) {
            try {
                batch.add(pending.take());
                if (pending.size() < flushSize - 1) {
                    TimeUnit.NANOSECONDS.sleep(flushIntervalNanos);
                }
            } catch (InterruptedException stopping) {
                pending.drainTo(batch);
                write(batch);
                return;
            }
            pending.drainTo(batch, flushSize - batch.size());
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Outcome> outcomes) {
        for (int from = 0; from < outcomes.size(); from += flushSize) {
            writeBatch(outcomes.subList(from, Math.min(from + flushSize, outcomes.size())));
        }
    }

    private void writeBatch(List<Outcome> outcomes) {
        List<UUID> completed = outcomes.stream().filter(Outcome::completed).map(Outcome::publication).toList();
        List<UUID> failed = outcomes.stream().filter(outcome -> !outcome.completed()).map(Outcome::publication)
                .toList();
        try {
            if (!completed.isEmpty()) {
                table.delete(completed);
            }
            if (!failed.isEmpty()) {
                table.fail(failed);
            }
        } catch (RuntimeException notWritten) {
            log.warn("{} completions and {} failures of event publications were not written; the publications are "
                    + "delivered again once stale", completed.size(), failed.size(), notWritten);
        }
    }

    private record Outcome(UUID publication, boolean completed) {
    }
}
