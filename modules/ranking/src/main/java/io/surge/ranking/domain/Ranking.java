package io.surge.ranking.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.surge.shared.error.BusinessException;

/**
 * How best sellers are ordered: more units sold first, equal sales by the smaller product id, and only products
 * that sold at least one unit net of cancellations. Ranks are 1, 2, 3, ... with no gaps or shared places.
 */
public final class Ranking {

    public static final int MAX_LIMIT = 100;

    private static final Comparator<ProductSales> BEST_FIRST = Comparator
            .comparingLong(ProductSales::soldQuantity).reversed()
            .thenComparingLong(ProductSales::productId);

    private Ranking() {
    }

    /** @throws BusinessException {@code VALIDATION_FAILED} on {@code limit} unless 1 <= limit <= {@value #MAX_LIMIT} */
    public static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BusinessException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    /**
     * The best {@code limit} sellers among {@code candidates}; a product listed more than once (as when it comes
     * from several days) is ranked by its sum.
     */
    public static List<RankedSales> top(Collection<ProductSales> candidates, int limit) {
        checkLimit(limit);
        Map<Long, Long> totals = new HashMap<>();
        for (ProductSales sales : candidates) {
            totals.merge(sales.productId(), sales.soldQuantity(), Long::sum);
        }
        List<ProductSales> sold = totals.entrySet().stream()
                .filter(total -> total.getValue() > 0)
                .map(total -> new ProductSales(total.getKey(), total.getValue()))
                .sorted(BEST_FIRST)
                .limit(limit)
                .toList();
        List<RankedSales> ranked = new ArrayList<>(sold.size());
        for (ProductSales sales : sold) {
            ranked.add(new RankedSales(ranked.size() + 1, sales.productId(), sales.soldQuantity()));
        }
        return ranked;
    }
}
