/**
 * Retention (ADR 0018): business history is kept; technical rows (dedupe answers, ranking days no window reaches,
 * dead letters, expired keys) are purged once nothing can need them any more. Each module names its tables with
 * expiring rows as {@link io.surge.shared.retention.ExpiredRows} beans, whose batches go through its own ports; one
 * job purges them all on one instance at a time, in batches of {@code surge.retention.batch-size} rows, each its own
 * short transaction.
 */
@org.jspecify.annotations.NullMarked
package io.surge.shared.retention;
