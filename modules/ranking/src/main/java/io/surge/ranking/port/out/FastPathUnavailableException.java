package io.surge.ranking.port.out;

/**
 * The fast path (Redis) failed or could not be reached. MySQL still knows everything: callers answer from it,
 * or mark what Redis missed for repair.
 */
public class FastPathUnavailableException extends RuntimeException {

    public FastPathUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
