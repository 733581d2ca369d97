package io.surge.point.adapter.out.persistence;

import static io.surge.point.adapter.out.persistence.jooq.Tables.POINT_USE_REJECTION;

import java.time.Instant;

import io.surge.point.domain.PaymentRefusal;
import io.surge.point.port.out.PaymentRefusalRepository;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqPaymentRefusalRepository implements PaymentRefusalRepository {

    private final DSLContext dsl;

    JooqPaymentRefusalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(PaymentRefusal refusal) {
        dsl.insertInto(POINT_USE_REJECTION)
                .set(POINT_USE_REJECTION.ORDER_ID, refusal.orderId())
                .set(POINT_USE_REJECTION.USER_ID, refusal.userId())
                .set(POINT_USE_REJECTION.AMOUNT, refusal.amount())
                .set(POINT_USE_REJECTION.REASON, refusal.reason())
                .set(POINT_USE_REJECTION.CREATED_AT, refusal.refusedAt())
                .execute();
    }

    @Override
    public int deleteRefusedBefore(Instant cutoff, int limit) {
        return dsl.deleteFrom(POINT_USE_REJECTION)
                .where(POINT_USE_REJECTION.CREATED_AT.lt(cutoff))
                .orderBy(POINT_USE_REJECTION.CREATED_AT)
                .limit(limit)
                .execute();
    }
}
