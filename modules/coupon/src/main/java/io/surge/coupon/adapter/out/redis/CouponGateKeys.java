package io.surge.coupon.adapter.out.redis;

/**
 * Where a coupon's issue gate lives in Redis. Every key starts with the configured prefix
 * ({@code surge.coupon.gate.key-prefix}, default {@code surge:}), and a coupon's keys share the hash tag
 * {@code {couponId}}, so in a Redis cluster they sit in one slot and one Lua script may touch them all:
 * <ul>
 * <li>{@code <prefix>coupon:{42}:gate}, a hash of the quantity, the issue window and the retention; its existence
 * is the marker that the gate is complete;</li>
 * <li>{@code <prefix>coupon:{42}:admitted}, a sorted set of admitted user ids scored by admission time (epoch
 * millis), which tells reconciliation an admission still in flight from a lost one;</li>
 * <li>{@code <prefix>coupon:{42}:lock}, the lock of whoever builds or reconciles the gate;</li>
 * <li>{@code <prefix>coupon:gates}, the set of coupon ids whose gate exists, so reconciliation never scans keys.</li>
 * </ul>
 */
public final class CouponGateKeys {

    private final String prefix;

    public CouponGateKeys(String prefix) {
        this.prefix = prefix;
    }

    public String gate(long couponId) {
        return coupon(couponId) + "gate";
    }

    public String admitted(long couponId) {
        return coupon(couponId) + "admitted";
    }

    public String lock(long couponId) {
        return coupon(couponId) + "lock";
    }

    public String registry() {
        return prefix + "coupon:gates";
    }

    private String coupon(long couponId) {
        return prefix + "coupon:{" + couponId + "}:";
    }
}
