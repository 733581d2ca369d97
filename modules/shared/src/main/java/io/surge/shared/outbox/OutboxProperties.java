package io.surge.shared.outbox;

import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.events.EventPublication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param resubmissionInterval how often failed publications are looked at
 * @param initialBackoff the wait before the first resubmission of a failed publication; doubles per attempt
 * @param maxBackoff the longest wait between two attempts
 * @param resubmissionWorkers how many threads claim failed publications in parallel, each its share of the ids
 */
@ConfigurationProperties("surge.outbox")
record OutboxProperties(Duration resubmissionInterval, Duration initialBackoff, Duration maxBackoff,
        int resubmissionWorkers) {

    /** Whether a publication has failed and waited out its back-off, so it is time to try it again. */
    boolean isDue(EventPublication publication, Instant now) {
        if (publication.getStatus() != EventPublication.Status.FAILED) {
            return false;
        }
        Instant lastAttempt = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !lastAttempt.plus(backoffAfter(publication.getCompletionAttempts())).isAfter(now);
    }

    Duration backoffAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration backoff = initialBackoff.multipliedBy(factor);
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
