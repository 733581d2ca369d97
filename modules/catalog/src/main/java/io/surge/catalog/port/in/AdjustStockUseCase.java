package io.surge.catalog.port.in;

import io.surge.catalog.domain.Product;

public interface AdjustStockUseCase {

    /**
     * @return the product after the adjustment
     * @throws io.surge.shared.error.BusinessException {@code PRODUCT_NOT_FOUND}; {@code STOCK_WOULD_BE_NEGATIVE}
     *         or {@code STOCK_LIMIT_EXCEEDED} when the result would leave 0..1,000,000,000 (nothing changes)
     */
    Product adjust(AdjustStockCommand command);
}
