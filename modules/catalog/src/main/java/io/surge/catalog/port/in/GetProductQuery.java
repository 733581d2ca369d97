package io.surge.catalog.port.in;

import io.surge.catalog.domain.Product;

public interface GetProductQuery {

    /**
     * @return the product with its stock as committed at this moment (never cached)
     * @throws io.surge.shared.error.BusinessException {@code PRODUCT_NOT_FOUND}
     */
    Product product(long productId);
}
