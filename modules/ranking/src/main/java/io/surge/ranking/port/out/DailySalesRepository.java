package io.surge.ranking.port.out;

import java.time.LocalDate;
import java.util.List;

import io.surge.ranking.domain.ProductSales;
import io.surge.ranking.domain.SaleLines;
import io.surge.ranking.domain.SalesWindow;

/**
 * Units sold per product per business day: the truth the rankings are computed from.
 */
public interface DailySalesRepository {

    /** Adds each line's (signed) quantity to the day, atomically per row, rows in the lines' order. */
    void add(LocalDate salesDate, SaleLines lines);

    /** Everything the day sold, by product (zeros and negatives included). */
    List<ProductSales> salesOn(LocalDate salesDate);

    /**
     * The best {@code limit} sellers of the window summed over its days, best first (more units first, then the
     * smaller product id), products that sold nothing net left out.
     */
    List<ProductSales> topSellers(SalesWindow window, int limit);

    /** Deletes at most {@code limit} rows of days before {@code day}, oldest first; returns how many. */
    int deleteDaysBefore(LocalDate day, int limit);
}
