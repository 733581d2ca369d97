package io.surge.catalog.port.in;

import io.surge.catalog.domain.ProductRules;
import io.surge.shared.error.BusinessException;
import org.jspecify.annotations.Nullable;

/**
 * Change a product's name, price or both; what is {@code null} stays as it is. Stock is not changed this way.
 */
public record ChangeProductCommand(long productId, @Nullable String name, @Nullable Long price) {

    public ChangeProductCommand {
        if (productId < 1) {
            throw new IllegalArgumentException("productId must be positive");
        }
        if (name == null && price == null) {
            throw BusinessException.invalidField("body", "must change the name, the price or both");
        }
        if (name != null) {
            ProductRules.checkName(name);
        }
        if (price != null) {
            ProductRules.checkPrice(price);
        }
    }
}
