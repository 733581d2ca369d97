package io.surge.catalog.port.in;

import io.surge.catalog.domain.Product;

public interface ChangeProductUseCase {

    /**
     * @return the product after the change
     * @throws io.surge.shared.error.BusinessException {@code PRODUCT_NOT_FOUND}
     */
    Product change(ChangeProductCommand command);
}
