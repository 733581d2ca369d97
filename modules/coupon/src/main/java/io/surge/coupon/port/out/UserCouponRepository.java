package io.surge.coupon.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import io.surge.coupon.domain.NewUserCoupon;
import io.surge.coupon.domain.OwnedCoupon;
import io.surge.coupon.domain.UserCoupon;
import io.surge.coupon.domain.UserCouponStatus;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * The coupons users hold. A user holds at most one copy of a coupon (a unique key, not a check-then-insert).
 */
public interface UserCouponRepository {

    /** @return the stored coupon, or empty when the user already holds one of that coupon (nothing stored) */
    Optional<UserCoupon> addIfAbsent(NewUserCoupon coupon);

    /** Every user who holds the coupon, with when it was issued to them. */
    Map<Long, Instant> issuedUsers(long couponId);

    /** At most {@code limit} users who hold the coupon with an id above {@code afterUserId}, by user id. */
    SortedMap<Long, Instant> issuedUsers(long couponId, long afterUserId, int limit);

    /** Those of {@code userIds} who hold the coupon. */
    Set<Long> holders(long couponId, Collection<Long> userIds);

    /**
     * @param status only coupons in this status at {@code now}, or {@code null} for all
     * @return a page of the user's coupons, newest first, before the user coupon id {@code page.after()}
     */
    Page<OwnedCoupon> findNewestFirst(long userId, @Nullable UserCouponStatus status, PageRequest page,
            Instant now);

    Optional<OwnedCoupon> findOwned(long userCouponId, Instant now);

    /**
     * Marks the coupon USED by the order if it is still the user's, AVAILABLE and unexpired at {@code now}: one
     * conditional {@code UPDATE}, so two orders can never both use it.
     *
     * @return false when the condition failed (nothing changed)
     */
    boolean use(long userCouponId, long userId, long orderId, Instant now);

    /**
     * Makes the coupon AVAILABLE again if it is USED by that order and unexpired at {@code now}.
     *
     * @return false when the condition failed (nothing changed)
     */
    boolean restore(long userCouponId, long orderId, Instant now);
}
