package io.surge.coupon.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.surge.coupon.domain.Coupon;

/**
 * The first-come issue gate (ADR 0008): answers the flood of issue requests without MySQL, so only winners reach
 * it. Per coupon it knows the quantity, the issue window and the admitted users with their admission time. It is
 * a cache of MySQL's truth that can be lost at any time and is rebuilt from it.
 * Every method throws {@link io.surge.shared.error.BusinessException} {@code SERVICE_UNAVAILABLE} when the gate's
 * store cannot answer.
 */
public interface CouponGate {

    /**
     * In one atomic step: checks that the gate exists, the window is open at {@code now}, the user was not admitted
     * and a slot is left; if so admits the user at {@code now}.
     */
    GateVerdict admit(long couponId, long userId, Instant now);

    /** Gives back the slot of the admission made at {@code admittedAt}, if the gate still holds that admission. */
    void giveBack(long couponId, long userId, Instant admittedAt);

    /**
     * Builds the coupon's gate unless it exists: its quantity and window, and every user MySQL says holds the
     * coupon. One builder at a time; the gate answers {@link GateVerdict#NOT_READY} until it is complete.
     *
     * @param issuedUsers MySQL's winners (user id → issue time), read only if the gate must be built
     * @return false when another builder held the gate for too long
     */
    boolean open(Coupon coupon, Supplier<Map<Long, Instant>> issuedUsers, Instant now);

    /** The coupons whose gate exists. */
    Set<Long> openGates();

    /**
     * Runs {@code repair} on the coupon's gate while no one else builds or reconciles it.
     *
     * @return what {@code repair} returned, or empty when the gate is gone or busy
     */
    <R> Optional<R> reconcile(long couponId, Function<GateRepair, R> repair);

    /** A coupon's gate held for reconciliation (ADR 0008); every read of it is bounded by a batch size. */
    interface GateRepair {

        /**
         * Hands {@code batch} the gate's admissions made before {@code admittedBefore} (user id → admission time),
         * at most {@code batchSize} at a time. It walks the gate with a cursor, so admissions made meanwhile may be
         * missed and an admission may come twice.
         */
        void admittedBefore(Instant admittedBefore, int batchSize, Consumer<Map<Long, Instant>> batch);

        /** Gives back those of these admissions the gate still holds, each only if made at that time. */
        int giveBack(Map<Long, Instant> admissions);

        /**
         * Admits these winners (user id → issue time) where the gate does not know them, unless the gate is gone.
         *
         * @return how many it did not know
         */
        int putBack(Map<Long, Instant> winners);
    }
}
