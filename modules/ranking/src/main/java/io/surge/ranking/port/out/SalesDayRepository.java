package io.surge.ranking.port.out;

import java.time.LocalDate;
import java.util.List;

import io.surge.ranking.domain.SalesDayState;
import io.surge.ranking.domain.SalesWindow;

/**
 * The state of each business day's Redis copy. Counting holds a day's row in share mode and rebuilding holds it
 * exclusively, both until their transaction ends: a rebuild's snapshot therefore holds every count committed before
 * it and none made after, and the generation tells a count's Redis increment which build it belongs to.
 */
public interface SalesDayRepository {

    /** Creates the day if needed, holds it in share mode and returns its current generation. */
    long shareGeneration(LocalDate salesDate);

    /** Creates the day if needed, holds it exclusively (waiting for counts in flight) and returns its state. */
    SalesDayState lockForRebuild(LocalDate salesDate);

    /** Records a finished rebuild of a day held by {@link #lockForRebuild}: its new generation, no longer stale. */
    void rebuilt(LocalDate salesDate, long generation);

    /** Marks the day's Redis copy as having missed a change, creating the day if needed. */
    void markStale(LocalDate salesDate);

    /** The days of the window that have a state, oldest first. */
    List<SalesDayState> statesIn(SalesWindow window);

    /** Deletes at most {@code limit} days before {@code day}, oldest first; returns how many. */
    int deleteDaysBefore(LocalDate day, int limit);
}
