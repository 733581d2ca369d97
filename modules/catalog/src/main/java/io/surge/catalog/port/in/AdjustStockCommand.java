package io.surge.catalog.port.in;

import io.surge.catalog.domain.ProductRules;

/**
 * Add to ({@code delta > 0}) or take from ({@code delta < 0}) a product's stock, as an administrator does after a
 * delivery or a stock count.
 */
public record AdjustStockCommand(long productId, long delta) {

    public AdjustStockCommand {
        if (productId < 1) {
            throw new IllegalArgumentException("productId must be positive");
        }
        ProductRules.checkAdjustment(delta);
    }
}
