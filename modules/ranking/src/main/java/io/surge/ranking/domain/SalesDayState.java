package io.surge.ranking.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a business day's Redis copy stands: the {@code generation} of its current build (a count carries the
 * generation it was made under and only ever joins that build), and whether the copy is known to have missed a
 * change ({@code stale}).
 */
public record SalesDayState(LocalDate salesDate, long generation, boolean stale) {

    /** Whether a copy built as {@code builtGeneration} (null: there is none) is exactly this day's sales. */
    public boolean isServedBy(@Nullable Long builtGeneration) {
        return !stale && builtGeneration != null && builtGeneration == generation;
    }

    /**
     * Whether a copy built as {@code builtGeneration} is wrong and must be rebuilt without waiting for a reader: it
     * missed a change, or it belongs to another generation (Redis failed over to a lagging replica, a rebuild's
     * commit failed after it wrote Redis). A missing copy is not wrong, only absent: the next reader builds it.
     */
    public boolean needsRepair(@Nullable Long builtGeneration) {
        return stale || builtGeneration != null && builtGeneration != generation;
    }
}
