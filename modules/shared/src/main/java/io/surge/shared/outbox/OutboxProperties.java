package io.surge.shared.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox's bookkeeping is batched and how failed publications are retried (ADR 0014).
 *
 * @param flushInterval the longest a completion or failure waits to be written with others
 * @param flushSize how many completions or failures are written in one statement at most
 * @param resubmissionInterval how often failed publications are looked at
 * @param resubmissionBatchSize how many due publications one resubmission round claims, in one statement
 * @param maxInFlight how many resubmitted publications of this instance may be on their way at once
 * @param initialBackoff the wait before the first resubmission of a failed publication; doubles per attempt
 * @param maxBackoff the longest wait between two attempts
 * @param maxAttempts after this many failed attempts a publication is parked as a dead letter, not retried
 * @param backlogRefresh how long the backlog's gauges reuse one count of the table
 * @param deadLetterRetention how long a dead letter is kept for an operator to look at and requeue (ADR 0018)
 */
@ConfigurationProperties("surge.outbox")
record OutboxProperties(Duration flushInterval, int flushSize, Duration resubmissionInterval,
        int resubmissionBatchSize, int maxInFlight, Duration initialBackoff, Duration maxBackoff, int maxAttempts,
        Duration backlogRefresh, Duration deadLetterRetention) {
}
