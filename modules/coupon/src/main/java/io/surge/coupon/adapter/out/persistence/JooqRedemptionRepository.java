package io.surge.coupon.adapter.out.persistence;

import static io.surge.coupon.adapter.out.persistence.jooq.Tables.COUPON_REDEMPTION;

import java.time.Instant;
import java.util.Optional;

import io.surge.coupon.adapter.out.persistence.jooq.tables.records.CouponRedemptionRecord;
import io.surge.coupon.domain.Redemption;
import io.surge.coupon.port.out.RedemptionRepository;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqRedemptionRepository implements RedemptionRepository {

    private final DSLContext dsl;

    JooqRedemptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Redemption> find(long orderId) {
        return dsl.selectFrom(COUPON_REDEMPTION).where(COUPON_REDEMPTION.ORDER_ID.eq(orderId))
                .fetchOptional(JooqRedemptionRepository::toRedemption);
    }

    @Override
    public Optional<Redemption> findAndLock(long orderId) {
        return dsl.selectFrom(COUPON_REDEMPTION).where(COUPON_REDEMPTION.ORDER_ID.eq(orderId)).forUpdate()
                .fetchOptional(JooqRedemptionRepository::toRedemption);
    }

    @Override
    public void save(Redemption redemption) {
        dsl.insertInto(COUPON_REDEMPTION)
                .set(COUPON_REDEMPTION.ORDER_ID, redemption.orderId())
                .set(COUPON_REDEMPTION.USER_COUPON_ID, redemption.userCouponId())
                .set(COUPON_REDEMPTION.USER_ID, redemption.userId())
                .set(COUPON_REDEMPTION.OUTCOME, redemption.outcome())
                .set(COUPON_REDEMPTION.DISCOUNT, redemption.discount())
                .set(COUPON_REDEMPTION.REASON, redemption.reason())
                .set(COUPON_REDEMPTION.ANSWERED_AT, redemption.answeredAt())
                .execute();
    }

    @Override
    public void markRestored(long orderId, Instant restoredAt) {
        dsl.update(COUPON_REDEMPTION)
                .set(COUPON_REDEMPTION.OUTCOME, Redemption.Outcome.RESTORED)
                .set(COUPON_REDEMPTION.RESTORED_AT, restoredAt)
                .where(COUPON_REDEMPTION.ORDER_ID.eq(orderId),
                        COUPON_REDEMPTION.OUTCOME.eq(Redemption.Outcome.REDEEMED))
                .execute();
    }

    @Override
    public int deleteSettledBefore(Redemption.Outcome settled, Instant cutoff, int limit) {
        return dsl.deleteFrom(COUPON_REDEMPTION)
                .where(COUPON_REDEMPTION.OUTCOME.eq(settled), COUPON_REDEMPTION.ANSWERED_AT.lt(cutoff),
                        COUPON_REDEMPTION.RESTORED_AT.isNull().or(COUPON_REDEMPTION.RESTORED_AT.lt(cutoff)))
                .orderBy(COUPON_REDEMPTION.ANSWERED_AT)
                .limit(limit)
                .execute();
    }

    private static Redemption toRedemption(CouponRedemptionRecord row) {
        return new Redemption(row.getOrderId(), row.getUserCouponId(), row.getUserId(), row.getOutcome(),
                row.getDiscount(), row.getReason(), row.getAnsweredAt());
    }
}
