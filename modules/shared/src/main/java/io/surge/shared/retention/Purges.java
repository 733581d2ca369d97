package io.surge.shared.retention;

import java.util.function.IntUnaryOperator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Runs one table's purge in bounded batches (ADR 0018): a batch deletes at most {@code surge.retention.batch-size}
 * rows in its own transaction, and batches follow each other while they come back full, up to
 * {@code surge.retention.max-batches-per-run}. What was deleted is counted as {@code surge.retention.purged}
 * tagged {@code table=<name>} (without a meter registry, as in module tests, nothing is counted).
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
class Purges {

    private static final Logger log = LoggerFactory.getLogger(Purges.class);

    private final RetentionProperties properties;
    private final ObjectProvider<MeterRegistry> meters;

    Purges(RetentionProperties properties, ObjectProvider<MeterRegistry> meters) {
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Deletes {@code table}'s expired rows batch by batch.
     *
     * @param batch deletes at most the number of rows it is given, in one transaction, and returns how many it deleted
     * @return the rows deleted; a failure ends the run (logged), and the next run starts over where it stopped
     */
    long purge(String table, IntUnaryOperator batch) {
        long purged = 0;
        try {
            for (int batches = 0; batches < properties.maxBatchesPerRun(); batches++) {
                int deleted = batch.applyAsInt(properties.batchSize());
                purged += deleted;
                count(table, deleted);
                if (deleted < properties.batchSize()) {
                    break;
                }
            }
        } catch (RuntimeException failed) {
            log.warn("Purge of {} stopped after {} rows, the next run goes on: {}", table, purged,
                    failed.getMessage());
        }
        if (purged > 0) {
            log.info("Purged {} expired rows of {}", purged, table);
        }
        return purged;
    }

    private void count(String table, int deleted) {
        meters.ifAvailable(registry -> Counter.builder("surge.retention.purged")
                .description("Expired rows deleted by the retention jobs of this instance")
                .tag("table", table)
                .register(registry)
                .increment(deleted));
    }
}
