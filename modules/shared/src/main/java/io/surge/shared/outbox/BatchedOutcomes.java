package io.surge.shared.outbox;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.surge.shared.batching.BatchWriter;
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

    private final EventPublicationTable table;
    private final BatchWriter<Outcome, @Nullable Void> writer;

    BatchedOutcomes(EventPublicationTable table, OutboxProperties properties) {
        this.table = table;
        this.writer = new BatchWriter<>("outbox-outcomes", properties.flushInterval(), properties.flushSize(),
                this::write);
    }

    void completed(UUID publication) {
        writer.submit(new Outcome(publication, true));
    }

    void failed(UUID publication) {
        writer.submit(new Outcome(publication, false));
    }

    @Override
    public void start() {
        writer.start();
    }

    /** Stops after everything the listeners reported so far is written. */
    @Override
    public void stop() {
        writer.stop();
    }

    @Override
    public boolean isRunning() {
        return writer.isRunning();
    }

    /** Stops after every other component, so the outcomes of publications still on their way are written too. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    /** A batch that cannot be written is only logged: its publications are delivered again once stale. */
    private List<@Nullable Void> write(List<Outcome> outcomes) {
        writeBatch(outcomes);
        return Collections.nCopies(outcomes.size(), null);
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
