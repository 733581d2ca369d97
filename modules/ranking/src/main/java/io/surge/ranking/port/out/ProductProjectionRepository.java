package io.surge.ranking.port.out;

import java.util.Collection;
import java.util.Map;

import io.surge.ranking.domain.ProductDetails;

/**
 * Ranking's copy of the catalog's product names and prices.
 */
public interface ProductProjectionRepository {

    /** Stores the details unless the copy already reflects a newer report (one atomic statement). */
    void saveIfNewer(ProductDetails details);

    /** The details known of the given products, by product id; unknown products are absent. */
    Map<Long, ProductDetails> findAll(Collection<Long> productIds);
}
