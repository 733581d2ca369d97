package io.surge.shared.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.redisson.Bucket4jRedisson;
import io.surge.shared.redis.RedisGuard;
import io.surge.shared.redis.RedisUnavailableException;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every user's token bucket for writes, kept in Redis by Bucket4j so that all instances draw from the same one.
 * A bucket forgets itself once it would be full again. Each instance keeps one proxy per active user that batches
 * the user's concurrent requests into one compare-and-swap, so a burst of one user's requests does not turn into a
 * storm of retried swaps on one Redis key (which would end in timeouts, and so in no limit at all). When Redis does
 * not answer within the configured timeout, or failed so often that its circuit is open ({@link RedisGuard}), the
 * write is let through (fail open): a lost limit is better than a shop
 * that stops selling; coupon issuing still answers 503 then, because its gate needs Redis anyway.
 */
class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final ProxyManager<String> proxies;
    private final RedisGuard redis;
    private final BucketConfiguration perUser;
    private final String keyPrefix;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(1)).maximumSize(100_000).build();
    private final AtomicLong unlimited = new AtomicLong();
    private final AtomicBoolean degraded = new AtomicBoolean();

    RateLimits(RedissonClient redisson, SurgeSecurityProperties.RateLimit settings) {
        this.proxies = Bucket4jRedisson.casBasedBuilder(((Redisson) redisson).getCommandExecutor())
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
        this.redis = new RedisGuard("rate-limits", settings.timeout(), Duration.ofSeconds(5));
        this.perUser = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(settings.burst())
                        .refillGreedy(settings.perSecond(), Duration.ofSeconds(1)))
                .build();
        this.keyPrefix = settings.keyPrefix();
    }

    private Bucket bucketOf(long userId) {
        return proxies.builder().withOptimization(Optimizations.batching()).build(keyPrefix + userId, perUser);
    }

    /** How many writes went through unlimited because Redis did not answer. */
    long unlimitedWrites() {
        return unlimited.get();
    }

    /** Takes one token from the user's bucket: empty if it had one, else how long until it will. */
    Optional<Duration> take(long userId) {
        try {
            Bucket bucket = buckets.get(userId, this::bucketOf);
            ConsumptionProbe probe = redis.call(() -> bucket.tryConsumeAndReturnRemaining(1));
            if (degraded.compareAndSet(true, false)) {
                log.info("Rate limits are enforced again");
            }
            return probe.isConsumed() ? Optional.empty()
                    : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        } catch (RedisUnavailableException unavailable) {
            unlimited.incrementAndGet();
            if (degraded.compareAndSet(false, true)) {
                log.warn("Rate limits are not enforced while Redis does not answer: {}", unavailable.toString());
            }
            return Optional.empty();
        }
    }
}
