package io.surge.shared.redis;

/** Redis could not serve a call in time; callers decide what that means (fail open, 503, fall back to MySQL). */
public class RedisUnavailableException extends RuntimeException {

    RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
