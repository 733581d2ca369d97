package io.surge.catalog.adapter.out.persistence;

import static io.surge.catalog.adapter.out.persistence.jooq.Tables.STOCK_RESERVATION;
import static io.surge.catalog.adapter.out.persistence.jooq.Tables.STOCK_RESERVATION_OUTCOME;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.surge.catalog.adapter.out.persistence.jooq.tables.records.StockReservationOutcomeRecord;
import io.surge.catalog.domain.RejectionReason;
import io.surge.catalog.domain.ReservationOutcome;
import io.surge.catalog.domain.ReservedLine;
import io.surge.catalog.port.out.StockReservationRepository;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;

import org.springframework.stereotype.Repository;

@Repository
class JooqStockReservationRepository implements StockReservationRepository {

    /** A reserved line's status: the domain has no enum for it (a line is reserved until given back). */
    private static final String LINE_RESERVED = "RESERVED";
    private static final String LINE_RELEASED = "RELEASED";

    private final DSLContext dsl;

    JooqStockReservationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ReservationOutcome> findOutcome(long orderId) {
        return dsl.selectFrom(STOCK_RESERVATION_OUTCOME)
                .where(STOCK_RESERVATION_OUTCOME.ORDER_ID.eq(orderId))
                .fetchOptional(JooqStockReservationRepository::toOutcome);
    }

    @Override
    public void saveOutcome(ReservationOutcome outcome) {
        dsl.insertInto(STOCK_RESERVATION_OUTCOME)
                .set(STOCK_RESERVATION_OUTCOME.ORDER_ID, outcome.orderId())
                .set(STOCK_RESERVATION_OUTCOME.OUTCOME, outcome.status())
                .set(STOCK_RESERVATION_OUTCOME.REASON, outcome.reason())
                .set(STOCK_RESERVATION_OUTCOME.PRODUCT_ID, outcome.productId())
                .set(STOCK_RESERVATION_OUTCOME.DECIDED_AT, outcome.decidedAt())
                .set(STOCK_RESERVATION_OUTCOME.RELEASED_AT, outcome.releasedAt())
                .execute();
    }

    @Override
    public boolean markReleased(long orderId, Instant at) {
        return dsl.update(STOCK_RESERVATION_OUTCOME)
                .set(STOCK_RESERVATION_OUTCOME.OUTCOME, ReservationOutcome.Status.RELEASED)
                .set(STOCK_RESERVATION_OUTCOME.RELEASED_AT, at)
                .where(STOCK_RESERVATION_OUTCOME.ORDER_ID.eq(orderId),
                        STOCK_RESERVATION_OUTCOME.OUTCOME.eq(ReservationOutcome.Status.RESERVED))
                .execute() == 1;
    }

    @Override
    public boolean saveReserved(long orderId, List<ReservedLine> lines, Instant at) {
        // INSERT IGNORE: a second request for the order writes nothing (the key's shared lock waits for the first)
        boolean first = dsl.insertInto(STOCK_RESERVATION_OUTCOME)
                .set(STOCK_RESERVATION_OUTCOME.ORDER_ID, orderId)
                .set(STOCK_RESERVATION_OUTCOME.OUTCOME, ReservationOutcome.Status.RESERVED)
                .set(STOCK_RESERVATION_OUTCOME.DECIDED_AT, at)
                .onDuplicateKeyIgnore()
                .execute() == 1;
        if (first) {
            InsertValuesStep6<?, Long, Long, Integer, Long, String, Instant> insert = dsl
                    .insertInto(STOCK_RESERVATION, STOCK_RESERVATION.ORDER_ID, STOCK_RESERVATION.PRODUCT_ID,
                            STOCK_RESERVATION.QUANTITY, STOCK_RESERVATION.UNIT_PRICE, STOCK_RESERVATION.STATUS,
                            STOCK_RESERVATION.RESERVED_AT);
            for (ReservedLine line : lines) {
                insert = insert.values(orderId, line.productId(), line.quantity(), line.unitPrice(), LINE_RESERVED, at);
            }
            insert.execute();
        }
        return first;
    }

    @Override
    public void reject(long orderId, RejectionReason reason, long productId) {
        dsl.update(STOCK_RESERVATION_OUTCOME)
                .set(STOCK_RESERVATION_OUTCOME.OUTCOME, ReservationOutcome.Status.REJECTED)
                .set(STOCK_RESERVATION_OUTCOME.REASON, reason)
                .set(STOCK_RESERVATION_OUTCOME.PRODUCT_ID, productId)
                .where(STOCK_RESERVATION_OUTCOME.ORDER_ID.eq(orderId),
                        STOCK_RESERVATION_OUTCOME.OUTCOME.eq(ReservationOutcome.Status.RESERVED))
                .execute();
        dsl.deleteFrom(STOCK_RESERVATION).where(STOCK_RESERVATION.ORDER_ID.eq(orderId)).execute();
    }

    @Override
    public ReservationOutcome lockOutcome(long orderId) {
        return dsl.selectFrom(STOCK_RESERVATION_OUTCOME)
                .where(STOCK_RESERVATION_OUTCOME.ORDER_ID.eq(orderId))
                .forShare()
                .fetchSingle(JooqStockReservationRepository::toOutcome);
    }

    @Override
    public List<ReservedLine> findLines(long orderId) {
        return dsl.selectFrom(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.ORDER_ID.eq(orderId))
                .orderBy(STOCK_RESERVATION.PRODUCT_ID.asc())
                .fetch(row -> new ReservedLine(row.getProductId(), row.getQuantity(), row.getUnitPrice()));
    }

    @Override
    public boolean releaseLine(long orderId, long productId) {
        return dsl.update(STOCK_RESERVATION)
                .set(STOCK_RESERVATION.STATUS, LINE_RELEASED)
                .where(STOCK_RESERVATION.ORDER_ID.eq(orderId), STOCK_RESERVATION.PRODUCT_ID.eq(productId),
                        STOCK_RESERVATION.STATUS.eq(LINE_RESERVED))
                .execute() == 1;
    }

    @Override
    public int deleteSettledBefore(ReservationOutcome.Status settled, Instant cutoff, int limit) {
        List<Long> orderIds = dsl.select(STOCK_RESERVATION_OUTCOME.ORDER_ID)
                .from(STOCK_RESERVATION_OUTCOME)
                .where(STOCK_RESERVATION_OUTCOME.OUTCOME.eq(settled),
                        STOCK_RESERVATION_OUTCOME.DECIDED_AT.lt(cutoff),
                        STOCK_RESERVATION_OUTCOME.RELEASED_AT.isNull()
                                .or(STOCK_RESERVATION_OUTCOME.RELEASED_AT.lt(cutoff)))
                .orderBy(STOCK_RESERVATION_OUTCOME.DECIDED_AT)
                .limit(limit)
                .fetch(STOCK_RESERVATION_OUTCOME.ORDER_ID);
        if (orderIds.isEmpty()) {
            return 0;
        }
        dsl.deleteFrom(STOCK_RESERVATION).where(STOCK_RESERVATION.ORDER_ID.in(orderIds)).execute();
        return dsl.deleteFrom(STOCK_RESERVATION_OUTCOME).where(STOCK_RESERVATION_OUTCOME.ORDER_ID.in(orderIds))
                .execute();
    }

    private static ReservationOutcome toOutcome(StockReservationOutcomeRecord row) {
        return new ReservationOutcome(row.getOrderId(), row.getOutcome(), row.getReason(), row.getProductId(),
                row.getDecidedAt(), row.getReleasedAt());
    }
}
