package io.surge.coupon.adapter.out.persistence;

import static io.surge.coupon.adapter.out.persistence.jooq.Tables.COUPON;
import static io.surge.coupon.adapter.out.persistence.jooq.Tables.USER_COUPON;
import static io.surge.coupon.domain.UserCouponStatus.AVAILABLE;
import static io.surge.coupon.domain.UserCouponStatus.USED;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.surge.coupon.domain.NewUserCoupon;
import io.surge.coupon.domain.OwnedCoupon;
import io.surge.coupon.domain.UserCoupon;
import io.surge.coupon.domain.UserCouponStatus;
import io.surge.coupon.port.out.UserCouponRepository;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
class JooqUserCouponRepository implements UserCouponRepository {

    private final DSLContext dsl;

    JooqUserCouponRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<UserCoupon> addIfAbsent(NewUserCoupon coupon) {
        try {
            long userCouponId = dsl.insertInto(USER_COUPON)
                    .set(USER_COUPON.COUPON_ID, coupon.couponId())
                    .set(USER_COUPON.USER_ID, coupon.userId())
                    .set(USER_COUPON.STATUS, AVAILABLE)
                    .set(USER_COUPON.ISSUED_AT, coupon.issuedAt())
                    .set(USER_COUPON.EXPIRES_AT, coupon.expiresAt())
                    .returningResult(USER_COUPON.USER_COUPON_ID)
                    .fetchSingle()
                    .value1();
            return Optional.of(coupon.withId(userCouponId));
        } catch (DuplicateKeyException alreadyHeld) {
            return Optional.empty();
        }
    }

    @Override
    public Map<Long, Instant> issuedUsers(long couponId) {
        Map<Long, Instant> issued = new HashMap<>();
        dsl.select(USER_COUPON.USER_ID, USER_COUPON.ISSUED_AT).from(USER_COUPON)
                .where(USER_COUPON.COUPON_ID.eq(couponId))
                .forEach(row -> issued.put(row.value1(), row.value2()));
        return issued;
    }

    /** One range of the {@code (coupon_id, user_id)} unique key. */
    @Override
    public SortedMap<Long, Instant> issuedUsers(long couponId, long afterUserId, int limit) {
        SortedMap<Long, Instant> issued = new TreeMap<>();
        dsl.select(USER_COUPON.USER_ID, USER_COUPON.ISSUED_AT).from(USER_COUPON)
                .where(USER_COUPON.COUPON_ID.eq(couponId), USER_COUPON.USER_ID.gt(afterUserId))
                .orderBy(USER_COUPON.USER_ID)
                .limit(limit)
                .forEach(row -> issued.put(row.value1(), row.value2()));
        return issued;
    }

    @Override
    public Set<Long> holders(long couponId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.select(USER_COUPON.USER_ID).from(USER_COUPON)
                .where(USER_COUPON.COUPON_ID.eq(couponId), USER_COUPON.USER_ID.in(userIds))
                .fetch(USER_COUPON.USER_ID));
    }

    @Override
    public Page<OwnedCoupon> findNewestFirst(long userId, @Nullable UserCouponStatus status, PageRequest page,
            Instant now) {
        Long before = page.after();
        return page.pageOf(withTerms()
                .where(USER_COUPON.USER_ID.eq(userId))
                .and(before == null ? DSL.noCondition() : USER_COUPON.USER_COUPON_ID.lt(before))
                .and(inStatus(status, now))
                .orderBy(USER_COUPON.USER_COUPON_ID.desc())
                .limit(page.limit())
                .fetch(row -> owned(row, now)), owned -> owned.coupon().userCouponId());
    }

    @Override
    public Optional<OwnedCoupon> findOwned(long userCouponId, Instant now) {
        return withTerms().where(USER_COUPON.USER_COUPON_ID.eq(userCouponId)).fetchOptional(row -> owned(row, now));
    }

    @Override
    public boolean use(long userCouponId, long userId, long orderId, Instant now) {
        return dsl.update(USER_COUPON)
                .set(USER_COUPON.STATUS, USED)
                .set(USER_COUPON.USED_AT, now)
                .set(USER_COUPON.ORDER_ID, orderId)
                .where(USER_COUPON.USER_COUPON_ID.eq(userCouponId), USER_COUPON.USER_ID.eq(userId),
                        USER_COUPON.STATUS.eq(AVAILABLE), USER_COUPON.EXPIRES_AT.gt(now))
                .execute() == 1;
    }

    @Override
    public boolean restore(long userCouponId, long orderId, Instant now) {
        return dsl.update(USER_COUPON)
                .set(USER_COUPON.STATUS, AVAILABLE)
                .set(USER_COUPON.USED_AT, (Instant) null)
                .set(USER_COUPON.ORDER_ID, (Long) null)
                .where(USER_COUPON.USER_COUPON_ID.eq(userCouponId), USER_COUPON.ORDER_ID.eq(orderId),
                        USER_COUPON.STATUS.eq(USED), USER_COUPON.EXPIRES_AT.gt(now))
                .execute() == 1;
    }

    private SelectOnConditionStep<Record> withTerms() {
        return dsl.select().from(USER_COUPON).join(COUPON).on(COUPON.COUPON_ID.eq(USER_COUPON.COUPON_ID));
    }

    /** EXPIRED is stored as AVAILABLE: the status filter derives it from the expiry, as the domain does. */
    private static Condition inStatus(@Nullable UserCouponStatus status, Instant now) {
        if (status == null) {
            return DSL.noCondition();
        }
        return switch (status) {
            case USED -> USER_COUPON.STATUS.eq(USED);
            case AVAILABLE -> USER_COUPON.STATUS.eq(AVAILABLE).and(USER_COUPON.EXPIRES_AT.gt(now));
            case EXPIRED -> USER_COUPON.STATUS.eq(AVAILABLE).and(USER_COUPON.EXPIRES_AT.le(now));
        };
    }

    private static OwnedCoupon owned(Record row, Instant now) {
        UserCoupon coupon = new UserCoupon(row.get(USER_COUPON.USER_COUPON_ID), row.get(USER_COUPON.COUPON_ID),
                row.get(USER_COUPON.USER_ID), row.get(USER_COUPON.ISSUED_AT), row.get(USER_COUPON.EXPIRES_AT),
                row.get(USER_COUPON.USED_AT), row.get(USER_COUPON.ORDER_ID));
        return new OwnedCoupon(coupon, CouponRows.terms(row), now);
    }
}
