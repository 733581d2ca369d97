package io.surge.ranking.port.in;

import io.surge.ranking.domain.PopularProducts;

public interface GetPopularProductsQuery {

    /**
     * The best {@code limit} sellers of the last {@code days} business days including today.
     *
     * @throws io.surge.shared.error.BusinessException {@code VALIDATION_FAILED} unless 1 <= days <= 30 and
     *         1 <= limit <= 100
     */
    PopularProducts popular(int days, int limit);
}
