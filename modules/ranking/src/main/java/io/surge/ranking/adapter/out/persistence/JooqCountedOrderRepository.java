package io.surge.ranking.adapter.out.persistence;

import static io.surge.ranking.adapter.out.persistence.jooq.Tables.RANKING_ORDER;
import static io.surge.ranking.domain.CountedOrder.Status.CANCELLED;
import static io.surge.ranking.domain.CountedOrder.Status.COUNTED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import io.surge.ranking.domain.CountedOrder;
import io.surge.ranking.port.out.CountedOrderRepository;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqCountedOrderRepository implements CountedOrderRepository {

    private final DSLContext dsl;

    JooqCountedOrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean recordCounted(long orderId, LocalDate salesDate, Instant completedAt) {
        return dsl.insertInto(RANKING_ORDER)
                .set(RANKING_ORDER.ORDER_ID, orderId)
                .set(RANKING_ORDER.SALES_DATE, salesDate)
                .set(RANKING_ORDER.STATUS, COUNTED)
                .set(RANKING_ORDER.CHANGED_AT, completedAt)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    @Override
    public Optional<LocalDate> cancelCounted(long orderId, Instant cancelledAt) {
        int cancelled = dsl.update(RANKING_ORDER)
                .set(RANKING_ORDER.STATUS, CANCELLED)
                .set(RANKING_ORDER.CHANGED_AT, cancelledAt)
                .where(RANKING_ORDER.ORDER_ID.eq(orderId), RANKING_ORDER.STATUS.eq(COUNTED))
                .execute();
        if (cancelled == 0) {
            return Optional.empty();
        }
        // our own update holds the row: this reads what it left
        return Optional.of(dsl.select(RANKING_ORDER.SALES_DATE).from(RANKING_ORDER)
                .where(RANKING_ORDER.ORDER_ID.eq(orderId)).fetchSingle().value1());
    }

    @Override
    public boolean recordCancelledBeforeCompletion(long orderId, Instant cancelledAt) {
        return dsl.insertInto(RANKING_ORDER)
                .set(RANKING_ORDER.ORDER_ID, orderId)
                .set(RANKING_ORDER.SALES_DATE, (LocalDate) null)
                .set(RANKING_ORDER.STATUS, CANCELLED)
                .set(RANKING_ORDER.CHANGED_AT, cancelledAt)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    @Override
    public Optional<CountedOrder> find(long orderId) {
        return dsl.selectFrom(RANKING_ORDER).where(RANKING_ORDER.ORDER_ID.eq(orderId))
                .fetchOptional(row -> new CountedOrder(row.getOrderId(), row.getSalesDate(), row.getStatus()));
    }

    @Override
    public int deleteChangedBefore(Instant cutoff, int limit) {
        return dsl.deleteFrom(RANKING_ORDER)
                .where(RANKING_ORDER.CHANGED_AT.lt(cutoff))
                .orderBy(RANKING_ORDER.CHANGED_AT)
                .limit(limit)
                .execute();
    }
}
