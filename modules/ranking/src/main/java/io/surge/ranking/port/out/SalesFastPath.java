package io.surge.ranking.port.out;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.surge.ranking.domain.ProductSales;
import io.surge.ranking.domain.SaleLines;

/**
 * Per-day copies of the daily sales, fast to add up over a window (Redis sorted sets). A copy is only ever a
 * cache of MySQL: it exists for a day once it was built from MySQL, under a generation, and lives for
 * {@code keepFor}. Every method throws {@link FastPathUnavailableException} when the store fails.
 */
public interface SalesFastPath {

    /**
     * Adds the lines to the day's copy if it exists and was built as {@code generation}, atomically.
     *
     * @return whether they were added; false when there is no such build (the next build includes them)
     */
    boolean add(LocalDate salesDate, long generation, SaleLines lines, Duration keepFor);

    /** Replaces the day's copy with {@code sales} as build {@code generation}, unless a newer build is there. */
    void replace(LocalDate salesDate, long generation, List<ProductSales> sales, Duration keepFor);

    /** Drops the day's copy, so its next reader builds it again. */
    void forget(LocalDate salesDate);

    /** The generation the day's copy was built as, if there is a copy. */
    Optional<Long> builtGeneration(LocalDate salesDate);

    /** The generations of the days that have a copy. */
    Map<LocalDate, Long> builtGenerations(List<LocalDate> salesDates);

    /**
     * Adds up the days' copies, atomically: the products that may be among the best {@code limit} (at least the
     * best {@code limit} that sold something, and every product tied with the last of them), or, when some day has
     * no copy, which days those are.
     */
    FastPathTop top(List<LocalDate> salesDates, int limit);
}
