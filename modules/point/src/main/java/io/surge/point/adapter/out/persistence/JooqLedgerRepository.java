package io.surge.point.adapter.out.persistence;

import static io.surge.point.adapter.out.persistence.jooq.Tables.POINT_LEDGER;
import static io.surge.point.adapter.out.persistence.jooq.Tables.POINT_USE_REJECTION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.surge.point.adapter.out.persistence.jooq.tables.records.PointLedgerRecord;
import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.LedgerEntryType;
import io.surge.point.domain.NewLedgerEntry;
import io.surge.point.domain.OrderLedger;
import io.surge.point.domain.PaymentRefusal;
import io.surge.point.port.out.LedgerRepository;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.Result;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

@Repository
class JooqLedgerRepository implements LedgerRepository {

    private final DSLContext dsl;

    JooqLedgerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public LedgerEntry append(NewLedgerEntry entry) {
        long entryId = dsl.insertInto(POINT_LEDGER)
                .set(POINT_LEDGER.USER_ID, entry.userId())
                .set(POINT_LEDGER.ENTRY_TYPE, entry.type())
                .set(POINT_LEDGER.AMOUNT, entry.amount())
                .set(POINT_LEDGER.BALANCE_AFTER, entry.balanceAfter())
                .set(POINT_LEDGER.ORDER_ID, entry.orderId())
                .set(POINT_LEDGER.CREATED_AT, entry.createdAt())
                .returningResult(POINT_LEDGER.ENTRY_ID)
                .fetchSingle()
                .value1();
        return entry.withId(entryId);
    }

    @Override
    public OrderLedger findForOrder(long orderId) {
        // one statement for both tables: a refusal is the row without an entry id. The other table's text column is
        // a bare NULL: a cast one would carry the connection's collation, which UNION will not mix with the column's.
        Result<Record7<Long, Long, LedgerEntryType, PaymentRefusal.Reason, Long, Long, Instant>> rows = dsl
                .select(POINT_LEDGER.ENTRY_ID, POINT_LEDGER.USER_ID, POINT_LEDGER.ENTRY_TYPE,
                        DSL.inline(null, POINT_USE_REJECTION.REASON), POINT_LEDGER.AMOUNT, POINT_LEDGER.BALANCE_AFTER,
                        POINT_LEDGER.CREATED_AT)
                .from(POINT_LEDGER).where(POINT_LEDGER.ORDER_ID.eq(orderId))
                .unionAll(dsl.select(DSL.castNull(Long.class), POINT_USE_REJECTION.USER_ID,
                                DSL.inline(null, POINT_LEDGER.ENTRY_TYPE), POINT_USE_REJECTION.REASON,
                                POINT_USE_REJECTION.AMOUNT, DSL.castNull(Long.class), POINT_USE_REJECTION.CREATED_AT)
                        .from(POINT_USE_REJECTION).where(POINT_USE_REJECTION.ORDER_ID.eq(orderId)))
                .fetch();
        List<LedgerEntry> entries = rows.stream()
                .filter(row -> row.value1() != null)
                .map(row -> new LedgerEntry(row.value1(), row.value2(), row.value3(), row.value5(), row.value6(),
                        orderId, row.value7()))
                .toList();
        Optional<PaymentRefusal> refusal = rows.stream()
                .filter(row -> row.value1() == null)
                .map(row -> new PaymentRefusal(orderId, row.value2(), row.value5(), row.value4(), row.value7()))
                .findFirst();
        return OrderLedger.of(entries, refusal);
    }

    @Override
    public Page<LedgerEntry> findNewestFirst(long userId, PageRequest page) {
        Long before = page.after();
        return page.pageOf(dsl.selectFrom(POINT_LEDGER)
                .where(POINT_LEDGER.USER_ID.eq(userId))
                .and(before == null ? DSL.noCondition() : POINT_LEDGER.ENTRY_ID.lt(before))
                .orderBy(POINT_LEDGER.ENTRY_ID.desc())
                .limit(page.limit())
                .fetch(JooqLedgerRepository::toEntry), LedgerEntry::entryId);
    }

    private static LedgerEntry toEntry(PointLedgerRecord row) {
        return new LedgerEntry(row.getEntryId(), row.getUserId(), row.getEntryType(), row.getAmount(),
                row.getBalanceAfter(), row.getOrderId(), row.getCreatedAt());
    }
}
