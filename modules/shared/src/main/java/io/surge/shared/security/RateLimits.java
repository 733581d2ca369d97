package io.surge.shared.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.surge.shared.redis.RedisGuard;
import io.surge.shared.redis.RedisUnavailableException;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every user's token bucket for writes, kept in Redis so that all instances draw from the same one (ADR 0015). The
 * bucket is one Redis key holding its "theoretical arrival time" (the generic cell rate algorithm, GCRA): a write is
 * allowed when it does not push that time more than {@code burst} emission intervals past now. One script call per
 * write, timed by Redis's own clock (instances' clocks may differ), and the key expires when the bucket would be
 * full again. When Redis does not answer within the configured timeout, or failed so often that its circuit is open
 * ({@link RedisGuard}), the write is let through (fail open): a lost limit is better than a shop that stops selling;
 * coupon issuing still answers 503 then, because its gate needs Redis anyway.
 */
class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    /** KEYS[1] the user's bucket; ARGV[1] emission interval, ARGV[2] burst × interval (µs); returns µs to wait. */
    private static final String TAKE = """
            local now = redis.call('TIME')
            now = tonumber(now[1]) * 1000000 + tonumber(now[2])
            local interval = tonumber(ARGV[1])
            local arrival = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now) + interval
            local wait = arrival - now - tonumber(ARGV[2])
            if wait > 0 then
              return wait
            end
            redis.call('SET', KEYS[1], string.format('%d', arrival), 'PX', math.ceil((arrival - now) / 1000))
            return 0
            """;

    private final RScript scripts;
    private final RedisGuard redis;
    private final String keyPrefix;
    private final long intervalMicros;
    private final long toleranceMicros;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unlimited = new AtomicLong();
    private final AtomicBoolean degraded = new AtomicBoolean();

    RateLimits(RedissonClient redisson, SurgeSecurityProperties.RateLimit settings) {
        this.scripts = redisson.getScript(StringCodec.INSTANCE);
        this.redis = new RedisGuard("rate-limits", settings.timeout(), Duration.ofSeconds(5));
        this.keyPrefix = settings.keyPrefix();
        this.intervalMicros = Math.max(1, 1_000_000 / settings.perSecond());
        this.toleranceMicros = settings.burst() * intervalMicros;
    }

    /** How many writes were refused (429) because the user's bucket was empty. */
    long refusedWrites() {
        return refused.get();
    }

    /** How many writes went through unlimited because Redis did not answer. */
    long unlimitedWrites() {
        return unlimited.get();
    }

    /** Takes one token from the user's bucket: empty if it had one, else how long until it will. */
    Optional<Duration> take(long userId) {
        try {
            long waitMicros = redis.call(() -> scripts.<Long>eval(RScript.Mode.READ_WRITE, TAKE,
                    RScript.ReturnType.LONG, List.of(keyPrefix + userId), intervalMicros, toleranceMicros));
            if (degraded.compareAndSet(true, false)) {
                log.info("Rate limits are enforced again");
            }
            if (waitMicros <= 0) {
                return Optional.empty();
            }
            refused.incrementAndGet();
            return Optional.of(Duration.ofNanos(waitMicros * 1_000));
        } catch (RedisUnavailableException unavailable) {
            unlimited.incrementAndGet();
            if (degraded.compareAndSet(false, true)) {
                log.warn("Rate limits are not enforced while Redis does not answer: {}", unavailable.toString());
            }
            return Optional.empty();
        }
    }
}
