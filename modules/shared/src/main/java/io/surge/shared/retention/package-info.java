/**
 * Retention (ADR 0018): business history is kept; technical rows (dedupe answers, ranking days no window reaches,
 * dead letters, expired keys) are purged once nothing can need them any more. Each module purges its own tables
 * through its own ports, from a job that runs on one instance at a time, in batches of
 * {@code surge.retention.batch-size} rows, each its own short transaction, through {@link io.surge.shared.retention.Purges}.
 */
package io.surge.shared.retention;
