package io.surge.ranking.adapter.out.persistence;

import static io.surge.ranking.adapter.out.persistence.jooq.Tables.RANKING_SALES_DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.surge.ranking.domain.SalesDayState;
import io.surge.ranking.domain.SalesWindow;
import io.surge.ranking.port.out.SalesDayRepository;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

@Repository
class JooqSalesDayRepository implements SalesDayRepository {

    private final DSLContext dsl;
    /** The day a count last found or created: its row is read without inserting first (nearly every count's day). */
    private final AtomicReference<@Nullable LocalDate> lastSharedDay = new AtomicReference<>();

    JooqSalesDayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long shareGeneration(LocalDate salesDate) {
        if (salesDate.equals(lastSharedDay.get())) {
            // the day's row exists (unless retention took it since): one locking read
            Optional<Long> generation = readShared(salesDate);
            if (generation.isPresent()) {
                return generation.get();
            }
        }
        // INSERT IGNORE leaves an existing row in share mode (the duplicate check's lock), which is all counting
        // needs: counts share the row with each other and only exclude a rebuild. Never upgraded to exclusive here.
        // Inserting before reading: a locking read of a missing row would lock its gap, and two counts inserting
        // into a gap both lock would deadlock.
        dsl.insertInto(RANKING_SALES_DAY)
                .set(RANKING_SALES_DAY.SALES_DATE, salesDate)
                .set(RANKING_SALES_DAY.GENERATION, 0L)
                .set(RANKING_SALES_DAY.STALE, false)
                .onDuplicateKeyIgnore()
                .execute();
        long generation = readShared(salesDate).orElseThrow();
        lastSharedDay.set(salesDate);
        return generation;
    }

    private Optional<Long> readShared(LocalDate salesDate) {
        return dsl.select(RANKING_SALES_DAY.GENERATION).from(RANKING_SALES_DAY)
                .where(RANKING_SALES_DAY.SALES_DATE.eq(salesDate))
                .forShare()
                .fetchOptional(RANKING_SALES_DAY.GENERATION);
    }

    @Override
    public SalesDayState lockForRebuild(LocalDate salesDate) {
        // an upsert takes the exclusive lock at once; taking a shared one first and upgrading it would deadlock two
        // rebuilders of one day
        dsl.insertInto(RANKING_SALES_DAY)
                .set(RANKING_SALES_DAY.SALES_DATE, salesDate)
                .set(RANKING_SALES_DAY.GENERATION, 0L)
                .set(RANKING_SALES_DAY.STALE, false)
                .onDuplicateKeyUpdate()
                .set(RANKING_SALES_DAY.GENERATION, RANKING_SALES_DAY.GENERATION)
                .execute();
        return dsl.selectFrom(RANKING_SALES_DAY)
                .where(RANKING_SALES_DAY.SALES_DATE.eq(salesDate))
                .forUpdate()
                .fetchSingle(row -> new SalesDayState(row.getSalesDate(), row.getGeneration(), row.getStale()));
    }

    @Override
    public void rebuilt(LocalDate salesDate, long generation) {
        dsl.update(RANKING_SALES_DAY)
                .set(RANKING_SALES_DAY.GENERATION, generation)
                .set(RANKING_SALES_DAY.STALE, false)
                .where(RANKING_SALES_DAY.SALES_DATE.eq(salesDate))
                .execute();
    }

    @Override
    public void markStale(LocalDate salesDate) {
        // a plain read first: while Redis is down every count marks its day, and a day already marked is not locked
        // again (the exclusive lock would queue behind every count sharing the row). Skipping is safe: whichever
        // rebuild clears the mark reads its snapshot after the caller's count committed.
        Boolean stale = dsl.select(RANKING_SALES_DAY.STALE).from(RANKING_SALES_DAY)
                .where(RANKING_SALES_DAY.SALES_DATE.eq(salesDate))
                .fetchOne(RANKING_SALES_DAY.STALE);
        if (Boolean.TRUE.equals(stale)) {
            return;
        }
        dsl.insertInto(RANKING_SALES_DAY)
                .set(RANKING_SALES_DAY.SALES_DATE, salesDate)
                .set(RANKING_SALES_DAY.GENERATION, 0L)
                .set(RANKING_SALES_DAY.STALE, true)
                .onDuplicateKeyUpdate()
                .set(RANKING_SALES_DAY.STALE, true)
                .execute();
    }

    @Override
    public List<SalesDayState> statesIn(SalesWindow window) {
        return dsl.selectFrom(RANKING_SALES_DAY)
                .where(RANKING_SALES_DAY.SALES_DATE.between(window.from(), window.to()))
                .orderBy(RANKING_SALES_DAY.SALES_DATE)
                .fetch(row -> new SalesDayState(row.getSalesDate(), row.getGeneration(), row.getStale()));
    }

    @Override
    public int deleteDaysBefore(LocalDate day, int limit) {
        return dsl.deleteFrom(RANKING_SALES_DAY)
                .where(RANKING_SALES_DAY.SALES_DATE.lt(day))
                .orderBy(RANKING_SALES_DAY.SALES_DATE)
                .limit(limit)
                .execute();
    }
}
