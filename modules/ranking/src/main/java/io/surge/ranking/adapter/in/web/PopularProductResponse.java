package io.surge.ranking.adapter.in.web;

import io.surge.ranking.domain.PopularProduct;
import org.jspecify.annotations.Nullable;

/**
 * One best seller. {@code name} and {@code price} are null (present, not omitted) while ranking has not yet heard
 * of the product from the catalog; it still ranks by what it sold.
 */
record PopularProductResponse(int rank, long productId, @Nullable String name, @Nullable Long price,
        long soldQuantity) {

    static PopularProductResponse of(PopularProduct product) {
        return new PopularProductResponse(product.rank(), product.productId(), product.name(), product.price(),
                product.soldQuantity());
    }
}
