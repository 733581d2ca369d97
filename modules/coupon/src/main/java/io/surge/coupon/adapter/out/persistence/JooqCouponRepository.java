package io.surge.coupon.adapter.out.persistence;

import static io.surge.coupon.adapter.out.persistence.jooq.Tables.COUPON;

import java.time.Instant;
import java.util.Optional;

import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.CouponTerms;
import io.surge.coupon.port.out.CouponRepository;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqCouponRepository implements CouponRepository {

    private final DSLContext dsl;

    JooqCouponRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Coupon add(CouponTerms terms, Instant createdAt) {
        long couponId = dsl.insertInto(COUPON)
                .set(COUPON.NAME, terms.name())
                .set(COUPON.DISCOUNT_TYPE, terms.discount().type())
                .set(COUPON.DISCOUNT_VALUE, terms.discount().value())
                .set(COUPON.MAX_DISCOUNT_AMOUNT, terms.discount().maxAmount())
                .set(COUPON.MIN_ORDER_AMOUNT, terms.minOrderAmount())
                .set(COUPON.TOTAL_QUANTITY, terms.totalQuantity())
                .set(COUPON.ISSUED_QUANTITY, 0L)
                .set(COUPON.ISSUE_STARTS_AT, terms.window().startsAt())
                .set(COUPON.ISSUE_ENDS_AT, terms.window().endsAt())
                .set(COUPON.VALID_DAYS, terms.validDays())
                .set(COUPON.CREATED_AT, createdAt)
                .returningResult(COUPON.COUPON_ID)
                .fetchSingle()
                .value1();
        return new Coupon(couponId, terms, 0, createdAt);
    }

    @Override
    public Optional<Coupon> find(long couponId) {
        return dsl.selectFrom(COUPON).where(COUPON.COUPON_ID.eq(couponId))
                .fetchOptional(row -> new Coupon(row.getCouponId(), CouponRows.terms(row), row.getIssuedQuantity(),
                        row.getCreatedAt()));
    }

    @Override
    public boolean countIssue(long couponId) {
        return dsl.update(COUPON)
                .set(COUPON.ISSUED_QUANTITY, COUPON.ISSUED_QUANTITY.plus(1))
                .where(COUPON.COUPON_ID.eq(couponId), COUPON.ISSUED_QUANTITY.lt(COUPON.TOTAL_QUANTITY))
                .execute() == 1;
    }
}
