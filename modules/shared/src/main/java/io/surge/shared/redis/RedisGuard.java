package io.surge.shared.redis;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a request calls Redis without ever waiting for it long (ADR 0016). Redisson may block its caller while it
 * (re)connects and retries, seconds beyond any command timeout, so the command runs on a virtual thread of its own and
 * the caller waits at most {@code timeout}. A Resilience4j circuit breaker stops calling a Redis that keeps failing
 * for {@code openFor}, so an outage costs each request nothing instead of a timeout; then single calls probe it.
 */
public final class RedisGuard {

    private static final Logger log = LoggerFactory.getLogger(RedisGuard.class);
    private static final ExecutorService COMMANDS = Executors.newVirtualThreadPerTaskExecutor();

    private final Duration timeout;
    private final CircuitBreaker breaker;

    public RedisGuard(String name, Duration timeout, Duration openFor) {
        this.timeout = timeout;
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(openFor).permittedNumberOfCallsInHalfOpenState(1)
                .build());
        // once per change, not per refused call: an outage during a rush would otherwise log thousands of lines
        breaker.getEventPublisher().onStateTransition(change -> log.warn("Redis calls of {}: {}", name,
                change.getStateTransition()));
    }

    /** @throws RedisUnavailableException when Redis failed, did not answer in time, or is known to be gone */
    public <T extends @Nullable Object> T call(Supplier<T> command) {
        try {
            return breaker.executeCallable(() -> within(timeout, command));
        } catch (CallNotPermittedException open) {
            throw new RedisUnavailableException("Redis failed repeatedly; not called for a while", open);
        } catch (RedisUnavailableException unavailable) {
            throw unavailable;
        } catch (Exception unexpected) {
            throw new RedisUnavailableException("Redis failed", unexpected);
        }
    }

    /**
     * Waits at most {@code timeout} for the command, then interrupts it: Redisson cancels a command whose caller is
     * interrupted, so it is not retried for seconds after nobody waits for it any more (a script that admits a user
     * to a coupon must not run once its request was answered 503).
     */
    static <T extends @Nullable Object> T within(Duration timeout, Supplier<T> command) {
        Future<T> reply = COMMANDS.submit(command::get);
        try {
            return reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            reply.cancel(true);
            throw new RedisUnavailableException("Redis did not answer within " + timeout, slow);
        } catch (ExecutionException failed) {
            throw new RedisUnavailableException("Redis failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RedisUnavailableException("Interrupted while waiting for Redis", interrupted);
        }
    }
}
