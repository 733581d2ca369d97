package io.surge.coupon.adapter.out.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponRefusals;
import io.surge.coupon.domain.GateCorrection;
import io.surge.coupon.domain.IssueWindow;
import io.surge.coupon.port.out.CouponGate;
import io.surge.coupon.port.out.GateVerdict;
import io.surge.shared.error.BusinessException;
import org.jspecify.annotations.Nullable;
import org.redisson.api.RLock;
import org.redisson.api.RMap;
import org.redisson.api.RScoredSortedSet;
import org.redisson.api.RScript;
import org.redisson.api.RSet;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;
import org.redisson.client.protocol.ScoredEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The issue gate in Redis (ADR 0008; key layout in {@link CouponGateKeys}). Admission is one Lua script, so the
 * checks and the admission are one atomic step without any lock; scripts run by their SHA ({@code EVALSHA}) and are
 * loaded again when Redis answers {@code NOSCRIPT} (after a restart or {@code SCRIPT FLUSH}). Every Redis failure
 * becomes a {@code SERVICE_UNAVAILABLE} refusal (503): without the gate nothing is issued, so nothing is over-issued.
 */
@Component
@EnableConfigurationProperties(RedisGateProperties.class)
class RedissonCouponGate implements CouponGate {

    private static final Logger log = LoggerFactory.getLogger(RedissonCouponGate.class);

    /** KEYS: gate hash, admitted set. ARGV: user id, now (epoch millis). */
    private static final LuaScript ADMIT = new LuaScript("""
            local gate = redis.call('HMGET', KEYS[1], 'quantity', 'starts-at', 'ends-at', 'retention')
            local quantity = tonumber(gate[1])
            if not quantity then return 'NOT_READY' end
            local now = tonumber(ARGV[2])
            local startsAt = tonumber(gate[2])
            local endsAt = tonumber(gate[3])
            if (startsAt and now < startsAt) or (endsAt and now >= endsAt) then return 'NOT_OPEN' end
            if redis.call('ZSCORE', KEYS[2], ARGV[1]) then return 'ALREADY_ISSUED' end
            if redis.call('ZCARD', KEYS[2]) >= quantity then return 'SOLD_OUT' end
            redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
            local expireAt = string.format('%.0f', math.max(endsAt or 0, now) + tonumber(gate[4]))
            redis.call('PEXPIREAT', KEYS[1], expireAt)
            redis.call('PEXPIREAT', KEYS[2], expireAt)
            return 'ADMITTED'
            """);

    /** KEYS: admitted set. ARGV: user id, admission time (epoch millis). Removes only that very admission. */
    private static final LuaScript GIVE_BACK = new LuaScript("""
            local admittedAt = redis.call('ZSCORE', KEYS[1], ARGV[1])
            if admittedAt and tonumber(admittedAt) == tonumber(ARGV[2]) then
              return redis.call('ZREM', KEYS[1], ARGV[1])
            end
            return 0
            """);

    private static final int CHUNK = 10_000;
    private static final Duration LOCK_POLL = Duration.ofMillis(100);

    private final RedissonClient redisson;
    private final RScript scripts;
    private final CouponGateKeys keys;
    private final RedisGateProperties properties;

    RedissonCouponGate(RedissonClient redisson, RedisGateProperties properties) {
        this.redisson = redisson;
        this.scripts = redisson.getScript(StringCodec.INSTANCE);
        this.keys = new CouponGateKeys(properties.keyPrefix());
        this.properties = properties;
    }

    @Override
    public GateVerdict admit(long couponId, long userId, Instant now) {
        try {
            String verdict = ADMIT.run(scripts, RScript.ReturnType.VALUE,
                    List.<Object>of(keys.gate(couponId), keys.admitted(couponId)), userId, now.toEpochMilli());
            return GateVerdict.valueOf(verdict);
        } catch (RedisException unreachable) {
            throw unavailable(unreachable);
        }
    }

    @Override
    public void giveBack(long couponId, long userId, Instant admittedAt) {
        try {
            giveBack(keys.admitted(couponId), userId, admittedAt.toEpochMilli());
        } catch (RedisException unreachable) {
            throw unavailable(unreachable);
        }
    }

    @Override
    public boolean open(Coupon coupon, Supplier<Map<Long, Instant>> issuedUsers, Instant now) {
        long couponId = coupon.couponId();
        RLock lock = redisson.getLock(keys.lock(couponId));
        RMap<String, String> gate = redisson.getMap(keys.gate(couponId), StringCodec.INSTANCE);
        long deadline = System.nanoTime() + properties.lockWait().toNanos();
        try {
            // Short waits, looking for the finished gate in between: a builder whose lock vanished with the rest of
            // Redis never announces its unlock, and waiting for that announcement would only end in a timeout.
            while (!gate.isExists()) {
                // no lease time: the lock watchdog keeps it for as long as the build really takes
                if (lock.tryLock(LOCK_POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    try {
                        if (!gate.isExists()) {
                            build(coupon, gate, issuedUsers.get(), now);
                        }
                    } finally {
                        release(lock);
                    }
                    return true;
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw CouponRefusals.issuingUnavailable();
        } catch (RedisException unreachable) {
            throw unavailable(unreachable);
        }
    }

    /**
     * Admissions first, the marker last: until the gate hash exists the script answers NOT_READY, so nobody is
     * admitted against a half-built gate. Admissions already in the set (a gate whose hash alone was lost) are kept.
     */
    private void build(Coupon coupon, RMap<String, String> gate, Map<Long, Instant> issued, Instant now) {
        long couponId = coupon.couponId();
        RScoredSortedSet<String> admitted = redisson.getScoredSortedSet(keys.admitted(couponId), StringCodec.INSTANCE);
        Map<String, Double> chunk = new HashMap<>();
        for (Map.Entry<Long, Instant> winner : issued.entrySet()) {
            chunk.put(winner.getKey().toString(), (double) winner.getValue().toEpochMilli());
            if (chunk.size() == CHUNK) {
                admitted.addAllIfAbsent(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            admitted.addAllIfAbsent(chunk);
        }
        IssueWindow window = coupon.terms().window();
        Instant expireAt = expiry(window.endsAt(), now);
        admitted.expire(expireAt);
        registry().add(Long.toString(couponId));

        Map<String, String> fields = new HashMap<>();
        fields.put("quantity", Long.toString(coupon.terms().totalQuantity()));
        fields.put("retention", Long.toString(properties.retention().toMillis()));
        if (window.startsAt() != null) {
            fields.put("starts-at", Long.toString(window.startsAt().toEpochMilli()));
        }
        if (window.endsAt() != null) {
            fields.put("ends-at", Long.toString(window.endsAt().toEpochMilli()));
        }
        gate.putAll(fields);
        gate.expire(expireAt);
        log.info("Coupon {} issue gate built from MySQL: quantity {}, {} winners", couponId,
                coupon.terms().totalQuantity(), issued.size());
    }

    @Override
    public Set<Long> openGates() {
        try {
            Set<Long> couponIds = new HashSet<>();
            for (String couponId : registry()) {
                couponIds.add(Long.parseLong(couponId));
            }
            return couponIds;
        } catch (RedisException unreachable) {
            throw unavailable(unreachable);
        }
    }

    @Override
    public Optional<GateCorrection> reconcile(long couponId, Function<Map<Long, Instant>, GateCorrection> correction) {
        RLock lock = redisson.getLock(keys.lock(couponId));
        try {
            if (!lock.tryLock()) {
                return Optional.empty(); // being built or reconciled by someone else right now
            }
            try {
                if (!redisson.getMap(keys.gate(couponId), StringCodec.INSTANCE).isExists()) {
                    registry().remove(Long.toString(couponId));
                    return Optional.empty();
                }
                RScoredSortedSet<String> admitted = redisson.getScoredSortedSet(keys.admitted(couponId),
                        StringCodec.INSTANCE);
                Map<Long, Instant> admissions = new HashMap<>();
                for (ScoredEntry<String> entry : admitted.entryRange(0, -1)) {
                    admissions.put(Long.parseLong(entry.getValue()),
                            Instant.ofEpochMilli(entry.getScore().longValue()));
                }
                return Optional.of(apply(couponId, admitted, correction.apply(admissions)));
            } finally {
                release(lock);
            }
        } catch (RedisException unreachable) {
            throw unavailable(unreachable);
        }
    }

    private GateCorrection apply(long couponId, RScoredSortedSet<String> admitted, GateCorrection correction) {
        Map<Long, Instant> removed = new HashMap<>();
        correction.lostAdmissions().forEach((userId, admittedAt) -> {
            if (giveBack(keys.admitted(couponId), userId, admittedAt.toEpochMilli())) {
                removed.put(userId, admittedAt);
            }
        });
        Map<String, Double> missing = new HashMap<>();
        correction.missingWinners().forEach(
                (userId, issuedAt) -> missing.put(userId.toString(), (double) issuedAt.toEpochMilli()));
        if (!missing.isEmpty()) {
            admitted.addAllIfAbsent(missing);
        }
        return new GateCorrection(removed, correction.missingWinners());
    }

    private boolean giveBack(String admittedKey, long userId, long admittedAtMillis) {
        Long removed = GIVE_BACK.run(scripts, RScript.ReturnType.LONG, List.<Object>of(admittedKey), userId,
                admittedAtMillis);
        return removed != null && removed == 1;
    }

    private RSet<String> registry() {
        return redisson.getSet(keys.registry(), StringCodec.INSTANCE);
    }

    /** The same rule the admission script applies: the window's end, or now when it has none, plus the retention. */
    private Instant expiry(@Nullable Instant endsAt, Instant now) {
        Instant from = endsAt != null && endsAt.isAfter(now) ? endsAt : now;
        return from.plus(properties.retention());
    }

    private static void release(RLock lock) {
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException lost) {
            // the lock key vanished with the rest of Redis (restart, flush): there is nothing left to release
        }
    }

    private static BusinessException unavailable(RedisException cause) {
        log.warn("The coupon issue gate is unavailable: {}", cause.getMessage());
        BusinessException unavailable = CouponRefusals.issuingUnavailable();
        unavailable.initCause(cause);
        return unavailable;
    }
}
