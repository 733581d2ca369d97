package io.surge.coupon.adapter.out.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponRefusals;
import io.surge.coupon.domain.IssueWindow;
import io.surge.coupon.port.out.CouponGate;
import io.surge.coupon.port.out.GateVerdict;
import io.surge.shared.error.BusinessException;
import io.surge.shared.redis.RedisGuard;
import io.surge.shared.redis.RedisUnavailableException;
import org.jspecify.annotations.Nullable;
import org.redisson.api.RFuture;
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
 * checks and the admission are one atomic step without any lock; Redisson's script cache sends scripts by their SHA
 * and loads them again when Redis forgot them (a restart, {@code SCRIPT FLUSH}). Every Redis call goes through a
 * {@link RedisGuard} (ADR 0016): it waits at most {@code surge.coupon.gate.timeout}, and not at all while Redis
 * keeps failing; every failure becomes a {@code SERVICE_UNAVAILABLE} refusal (503): without the gate nothing is
 * issued, so nothing is over-issued.
 */
@Component
@EnableConfigurationProperties(RedisGateProperties.class)
class RedissonCouponGate implements CouponGate {

    private static final Logger log = LoggerFactory.getLogger(RedissonCouponGate.class);

    /** KEYS: gate hash, admitted set. ARGV: user id, now (epoch millis). */
    private static final String ADMIT = """
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
            """;

    /**
     * KEYS: admitted set. ARGV: pairs of user id and admission time (epoch millis). Removes only those very
     * admissions (a newer admission of the same user, after a gate loss, stays); returns how many it removed.
     */
    private static final String GIVE_BACK = """
            local removed = 0
            for i = 1, #ARGV, 2 do
              local admittedAt = redis.call('ZSCORE', KEYS[1], ARGV[i])
              if admittedAt and tonumber(admittedAt) == tonumber(ARGV[i + 1]) then
                removed = removed + redis.call('ZREM', KEYS[1], ARGV[i])
              end
            end
            return removed
            """;

    /**
     * KEYS: gate hash, admitted set. ARGV: pairs of issue time (epoch millis) and user id. Adds the users the set
     * lacks, only while the gate exists: a set without its gate would never expire. Returns how many it added.
     */
    private static final String PUT_BACK = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            local added = 0
            for i = 1, #ARGV, 2 do
              added = added + redis.call('ZADD', KEYS[2], 'NX', ARGV[i], ARGV[i + 1])
            end
            return added
            """;

    private static final int CHUNK = 10_000;
    private static final Duration LOCK_POLL = Duration.ofMillis(100);
    private static final Duration OPEN_CIRCUIT_FOR = Duration.ofSeconds(5);

    private final RedissonClient redisson;
    private final RScript scripts;
    private final CouponGateKeys keys;
    private final RedisGateProperties properties;
    private final RedisGuard redis;

    RedissonCouponGate(RedissonClient redisson, RedisGateProperties properties) {
        this.redisson = redisson;
        this.scripts = redisson.getScript(StringCodec.INSTANCE);
        this.keys = new CouponGateKeys(properties.keyPrefix());
        this.properties = properties;
        this.redis = new RedisGuard("coupon-gate", properties.timeout(), OPEN_CIRCUIT_FOR);
    }

    @Override
    public GateVerdict admit(long couponId, long userId, Instant now) {
        String verdict = call(() -> scripts.<String>eval(RScript.Mode.READ_WRITE, ADMIT, RScript.ReturnType.VALUE,
                List.<Object>of(keys.gate(couponId), keys.admitted(couponId)), userId, now.toEpochMilli()));
        return GateVerdict.valueOf(verdict);
    }

    @Override
    public void giveBack(long couponId, long userId, Instant admittedAt) {
        giveBack(couponId, Map.of(userId, admittedAt));
    }

    /**
     * The lock belongs to this caller's thread, named explicitly: every guarded call runs on a thread of its own,
     * and Redisson would otherwise take each of those for the owner.
     */
    @Override
    public boolean open(Coupon coupon, Supplier<Map<Long, Instant>> issuedUsers, Instant now) {
        long couponId = coupon.couponId();
        RLock lock = redisson.getLock(keys.lock(couponId));
        long owner = Thread.currentThread().threadId();
        RMap<String, String> gate = redisson.getMap(keys.gate(couponId), StringCodec.INSTANCE);
        long deadline = System.nanoTime() + properties.lockWait().toNanos();
        // Short waits, looking for the finished gate in between: a builder whose lock vanished with the rest of
        // Redis never announces its unlock, and waiting for that announcement would only end in a timeout.
        while (!call(gate::isExists)) {
            // no lease time: the lock watchdog keeps it for as long as the build really takes
            if (call(() -> await(lock.tryLockAsync(LOCK_POLL.toMillis(), -1, TimeUnit.MILLISECONDS, owner)))) {
                try {
                    if (!call(gate::isExists)) {
                        build(coupon, gate, issuedUsers.get(), now);
                    }
                } finally {
                    release(lock, owner);
                }
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
        }
        return true;
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
                Map<String, Double> full = Map.copyOf(chunk);
                call(() -> admitted.addAllIfAbsent(full));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            call(() -> admitted.addAllIfAbsent(chunk));
        }
        IssueWindow window = coupon.terms().window();
        Instant expireAt = expiry(window.endsAt(), now);
        call(() -> admitted.expire(expireAt));
        call(() -> registry().add(Long.toString(couponId)));

        Map<String, String> fields = new HashMap<>();
        fields.put("quantity", Long.toString(coupon.terms().totalQuantity()));
        fields.put("retention", Long.toString(properties.retention().toMillis()));
        if (window.startsAt() != null) {
            fields.put("starts-at", Long.toString(window.startsAt().toEpochMilli()));
        }
        if (window.endsAt() != null) {
            fields.put("ends-at", Long.toString(window.endsAt().toEpochMilli()));
        }
        call(() -> {
            gate.putAll(fields);
            return gate.expire(expireAt);
        });
        log.info("Coupon {} issue gate built from MySQL: quantity {}, {} winners", couponId,
                coupon.terms().totalQuantity(), issued.size());
    }

    @Override
    public Set<Long> openGates() {
        Set<Long> couponIds = new HashSet<>();
        for (String couponId : call(registry()::readAll)) {
            couponIds.add(Long.parseLong(couponId));
        }
        return couponIds;
    }

    @Override
    public <R> Optional<R> reconcile(long couponId, Function<GateRepair, R> repair) {
        RLock lock = redisson.getLock(keys.lock(couponId));
        long owner = Thread.currentThread().threadId();
        if (!call(() -> await(lock.tryLockAsync(owner)))) {
            return Optional.empty(); // being built or reconciled by someone else right now
        }
        try {
            if (!call(redisson.getMap(keys.gate(couponId), StringCodec.INSTANCE)::isExists)) {
                call(() -> registry().remove(Long.toString(couponId)));
                return Optional.empty();
            }
            return Optional.of(repair.apply(new RedisGateRepair(couponId)));
        } finally {
            release(lock, owner);
        }
    }

    /** One coupon's gate under reconciliation; each call reads or writes at most one batch. */
    private final class RedisGateRepair implements GateRepair {

        private final long couponId;

        RedisGateRepair(long couponId) {
            this.couponId = couponId;
        }

        @Override
        public void admittedBefore(Instant admittedBefore, int batchSize, Consumer<Map<Long, Instant>> batch) {
            // ZSCAN: each step reads about batchSize entries, whatever the set's size and whatever changes meanwhile
            RScoredSortedSet<String> admitted = redisson.getScoredSortedSet(keys.admitted(couponId),
                    StringCodec.INSTANCE);
            Iterator<ScoredEntry<String>> entries = admitted.entryIterator(batchSize);
            Map<Long, Instant> old = new HashMap<>();
            while (call(entries::hasNext)) {
                ScoredEntry<String> entry = entries.next();
                Instant admittedAt = Instant.ofEpochMilli(entry.getScore().longValue());
                if (admittedAt.isBefore(admittedBefore)) {
                    old.put(Long.parseLong(entry.getValue()), admittedAt);
                }
                if (old.size() == batchSize) {
                    batch.accept(Map.copyOf(old));
                    old.clear();
                }
            }
            if (!old.isEmpty()) {
                batch.accept(Map.copyOf(old));
            }
        }

        @Override
        public int giveBack(Map<Long, Instant> admissions) {
            return RedissonCouponGate.this.giveBack(couponId, admissions);
        }

        @Override
        public int putBack(Map<Long, Instant> winners) {
            if (winners.isEmpty()) {
                return 0;
            }
            List<Object> scoresAndUsers = new ArrayList<>(winners.size() * 2);
            winners.forEach((userId, issuedAt) -> {
                scoresAndUsers.add(issuedAt.toEpochMilli());
                scoresAndUsers.add(userId);
            });
            Long added = call(() -> scripts.<Long>eval(RScript.Mode.READ_WRITE, PUT_BACK, RScript.ReturnType.LONG,
                    List.<Object>of(keys.gate(couponId), keys.admitted(couponId)), scoresAndUsers.toArray()));
            return added.intValue();
        }
    }

    private int giveBack(long couponId, Map<Long, Instant> admissions) {
        if (admissions.isEmpty()) {
            return 0;
        }
        List<Object> usersAndTimes = new ArrayList<>(admissions.size() * 2);
        admissions.forEach((userId, admittedAt) -> {
            usersAndTimes.add(userId);
            usersAndTimes.add(admittedAt.toEpochMilli());
        });
        Long removed = call(() -> scripts.<Long>eval(RScript.Mode.READ_WRITE, GIVE_BACK, RScript.ReturnType.LONG,
                List.<Object>of(keys.admitted(couponId)), usersAndTimes.toArray()));
        return removed.intValue();
    }

    private RSet<String> registry() {
        return redisson.getSet(keys.registry(), StringCodec.INSTANCE);
    }

    /** The same rule the admission script applies: the window's end, or now when it has none, plus the retention. */
    private Instant expiry(@Nullable Instant endsAt, Instant now) {
        Instant from = endsAt != null && endsAt.isAfter(now) ? endsAt : now;
        return from.plus(properties.retention());
    }

    private void release(RLock lock, long owner) {
        try {
            call(() -> unlock(lock, owner));
        } catch (BusinessException unreachable) {
            // the unlock stopped the lock's watchdog all the same, so the lock expires by itself
        }
    }

    /** @return false when the lock vanished with the rest of Redis (restart, flush): nothing is left to release */
    private static boolean unlock(RLock lock, long owner) {
        try {
            await(lock.unlockAsync(owner));
            return true;
        } catch (IllegalMonitorStateException vanished) {
            return false;
        }
    }

    private <T> T call(Supplier<T> command) {
        try {
            return redis.call(command);
        } catch (RedisUnavailableException unavailable) {
            BusinessException refusal = CouponRefusals.issuingUnavailable();
            refusal.initCause(unavailable);
            throw refusal;
        }
    }

    /** Waits for an asynchronous Redisson call as its synchronous methods do: interrupted, it cancels the call. */
    private static <T extends @Nullable Object> T await(RFuture<T> reply) {
        try {
            return reply.get();
        } catch (InterruptedException interrupted) {
            reply.cancel(true);
            Thread.currentThread().interrupt();
            throw new RedisException("Interrupted while waiting for Redis", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new RedisException("Redis failed", failed.getCause());
        }
    }
}
