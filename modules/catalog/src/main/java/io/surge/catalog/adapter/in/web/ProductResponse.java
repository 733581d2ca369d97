package io.surge.catalog.adapter.in.web;

import java.time.Instant;

import io.surge.catalog.domain.Product;

/**
 * @param stock exact at the moment of the request
 */
record ProductResponse(long productId, String name, long price, long stock, Instant updatedAt) {

    static ProductResponse of(Product product) {
        return new ProductResponse(product.productId(), product.name(), product.price(), product.stock(),
                product.updatedAt());
    }
}
