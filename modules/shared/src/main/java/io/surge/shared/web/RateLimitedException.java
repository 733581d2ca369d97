package io.surge.shared.web;

import java.time.Duration;

/** A user's writes came faster than their rate limit allows: 429 {@code RATE_LIMITED} with {@code Retry-After}. */
public class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("Too many requests; retry after " + retryAfter.toMillis() + " ms.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up and at least 1, as {@code Retry-After} wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
