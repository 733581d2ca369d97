package io.surge.coupon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.surge.coupon.adapter.out.redis.CouponGateKeys;
import org.redisson.api.RKeys;
import org.redisson.api.RLock;
import org.redisson.api.RScoredSortedSet;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.KeysScanOptions;
import org.redisson.client.codec.StringCodec;
import org.redisson.client.protocol.ScoredEntry;

/**
 * What tests do to the issue gate behind the application's back, on the real Redis: look at its admissions, forge
 * one, or lose every key of this test JVM (as a Redis restart would; with SCAN under the JVM's own prefix, never
 * FLUSHALL: other runs share this Redis).
 */
public final class CouponGateRedis {

    private final RedissonClient redisson;
    private final String prefix;
    private final CouponGateKeys keys;

    public CouponGateRedis(RedissonClient redisson, String prefix) {
        this.redisson = redisson;
        this.prefix = prefix;
        this.keys = new CouponGateKeys(prefix);
    }

    /** The gate's admissions: user id → admission time. */
    public Map<Long, Instant> admitted(long couponId) {
        Map<Long, Instant> admitted = new HashMap<>();
        for (ScoredEntry<String> entry : admittedSet(couponId).entryRange(0, -1)) {
            admitted.put(Long.parseLong(entry.getValue()), Instant.ofEpochMilli(entry.getScore().longValue()));
        }
        return admitted;
    }

    public void admit(long couponId, long userId, Instant at) {
        admittedSet(couponId).add(at.toEpochMilli(), Long.toString(userId));
    }

    /** The lock whoever builds or reconciles the coupon's gate holds. */
    public RLock buildLock(long couponId) {
        return redisson.getLock(keys.lock(couponId));
    }

    public boolean gateExists(long couponId) {
        return redisson.getMap(keys.gate(couponId), StringCodec.INSTANCE).isExists();
    }

    /** Deletes every key of this JVM's prefix: every gate, its admissions, locks and the registry. */
    public int loseEverything() {
        RKeys all = redisson.getKeys();
        List<String> found = new ArrayList<>();
        all.getKeys(KeysScanOptions.defaults().pattern(prefix + "*").chunkSize(500)).forEach(found::add);
        if (!found.isEmpty()) {
            all.delete(found.toArray(String[]::new));
        }
        return found.size();
    }

    private RScoredSortedSet<String> admittedSet(long couponId) {
        return redisson.getScoredSortedSet(keys.admitted(couponId), StringCodec.INSTANCE);
    }
}
