package io.surge.shared.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How purges delete (ADR 0018).
 *
 * @param batchSize rows one statement deletes at most, in its own transaction: a short lock and a small undo log
 * @param maxBatchesPerRun batches one run deletes per table at most, so a run ends well within its lock; a larger
 *        backlog is worked off in the next runs
 */
@ConfigurationProperties("surge.retention")
record RetentionProperties(int batchSize, int maxBatchesPerRun) {

    RetentionProperties {
        if (batchSize < 1 || maxBatchesPerRun < 1) {
            throw new IllegalArgumentException("surge.retention.batch-size and max-batches-per-run must be positive");
        }
    }
}
