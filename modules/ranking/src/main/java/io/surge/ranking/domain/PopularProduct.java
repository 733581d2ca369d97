package io.surge.ranking.domain;

import org.jspecify.annotations.Nullable;

/**
 * One best seller. {@code name} and {@code price} are null while the catalog's report of the product has not
 * reached ranking yet: a product still ranks by what it sold.
 */
public record PopularProduct(int rank, long productId, @Nullable String name, @Nullable Long price,
        long soldQuantity) {

    static PopularProduct of(RankedSales sales, @Nullable ProductDetails details) {
        return new PopularProduct(sales.rank(), sales.productId(), details == null ? null : details.name(),
                details == null ? null : details.price(), sales.soldQuantity());
    }
}
