package io.surge.ranking.adapter.out.persistence;

import static io.surge.ranking.adapter.out.persistence.jooq.Tables.RANKING_DAILY_SALES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.surge.ranking.domain.ProductSales;
import io.surge.ranking.domain.Sale;
import io.surge.ranking.domain.SaleLines;
import io.surge.ranking.domain.SalesWindow;
import io.surge.ranking.port.out.DailySalesRepository;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep3;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

@Repository
class JooqDailySalesRepository implements DailySalesRepository {

    private static final Field<BigDecimal> SOLD = DSL.sum(RANKING_DAILY_SALES.QUANTITY);

    private final DSLContext dsl;

    JooqDailySalesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(LocalDate salesDate, SaleLines lines) {
        if (lines.isEmpty()) {
            return;
        }
        // one statement for all of the order's products, rows locked in the lines' ascending product id; each row
        // adds its own quantity
        InsertValuesStep3<?, LocalDate, Long, Long> insert = dsl.insertInto(RANKING_DAILY_SALES,
                RANKING_DAILY_SALES.SALES_DATE, RANKING_DAILY_SALES.PRODUCT_ID, RANKING_DAILY_SALES.QUANTITY);
        for (Sale sale : lines.lines()) {
            insert = insert.values(salesDate, sale.productId(), sale.quantity());
        }
        insert.onDuplicateKeyUpdate()
                .set(RANKING_DAILY_SALES.QUANTITY,
                        RANKING_DAILY_SALES.QUANTITY.plus(DSL.excluded(RANKING_DAILY_SALES.QUANTITY)))
                .execute();
    }

    @Override
    public List<ProductSales> salesOn(LocalDate salesDate) {
        return dsl.select(RANKING_DAILY_SALES.PRODUCT_ID, RANKING_DAILY_SALES.QUANTITY)
                .from(RANKING_DAILY_SALES)
                .where(RANKING_DAILY_SALES.SALES_DATE.eq(salesDate))
                .fetch(row -> new ProductSales(row.value1(), row.value2()));
    }

    @Override
    public List<ProductSales> topSellers(SalesWindow window, int limit) {
        return dsl.select(RANKING_DAILY_SALES.PRODUCT_ID, SOLD)
                .from(RANKING_DAILY_SALES)
                .where(RANKING_DAILY_SALES.SALES_DATE.between(window.from(), window.to()))
                .groupBy(RANKING_DAILY_SALES.PRODUCT_ID)
                .having(SOLD.gt(BigDecimal.ZERO))
                .orderBy(SOLD.desc(), RANKING_DAILY_SALES.PRODUCT_ID.asc())
                .limit(limit)
                .fetch(row -> new ProductSales(row.value1(), row.value2().longValueExact()));
    }

    @Override
    public int deleteDaysBefore(LocalDate day, int limit) {
        return dsl.deleteFrom(RANKING_DAILY_SALES)
                .where(RANKING_DAILY_SALES.SALES_DATE.lt(day))
                .orderBy(RANKING_DAILY_SALES.SALES_DATE, RANKING_DAILY_SALES.PRODUCT_ID)
                .limit(limit)
                .execute();
    }
}
