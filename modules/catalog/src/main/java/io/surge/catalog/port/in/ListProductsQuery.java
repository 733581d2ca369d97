package io.surge.catalog.port.in;

import java.util.List;

import io.surge.catalog.domain.Product;
import org.jspecify.annotations.Nullable;

public interface ListProductsQuery {

    /**
     * @param afterProductId the last product of the previous page, or {@code null} for the first page
     * @return at most {@code limit} products in ascending id
     */
    List<Product> products(@Nullable Long afterProductId, int limit);
}
