package io.surge.ranking.port.out;

import java.time.LocalDate;
import java.util.List;

import io.surge.ranking.domain.ProductSales;

/**
 * What the fast path answered for a window: the candidates for its ranking, or the days it has no copy of.
 */
public record FastPathTop(List<ProductSales> candidates, List<LocalDate> unbuiltDays) {

    public FastPathTop {
        candidates = List.copyOf(candidates);
        unbuiltDays = List.copyOf(unbuiltDays);
    }

    public static FastPathTop of(List<ProductSales> candidates) {
        return new FastPathTop(candidates, List.of());
    }

    public static FastPathTop unbuilt(List<LocalDate> days) {
        return new FastPathTop(List.of(), days);
    }

    public boolean isComplete() {
        return unbuiltDays.isEmpty();
    }
}
