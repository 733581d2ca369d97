package io.surge.ranking.domain;

import java.util.List;
import java.util.Map;

/**
 * The best sellers of a window, best first.
 */
public record PopularProducts(SalesWindow window, List<PopularProduct> items) {

    public PopularProducts {
        items = List.copyOf(items);
    }

    public static PopularProducts of(SalesWindow window, List<RankedSales> ranked, Map<Long, ProductDetails> details) {
        return new PopularProducts(window,
                ranked.stream().map(sales -> PopularProduct.of(sales, details.get(sales.productId()))).toList());
    }
}
