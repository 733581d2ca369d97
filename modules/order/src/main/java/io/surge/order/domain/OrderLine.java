package io.surge.order.domain;

import org.jspecify.annotations.Nullable;

/**
 * A product and quantity of an order; name and unit price are the catalog's, known once the order is quoted.
 */
public record OrderLine(long productId, int quantity, @Nullable String name, @Nullable Long unitPrice) {

    public static final int MAX_QUANTITY = 1_000;

    public OrderLine {
        if (productId < 1) {
            throw new IllegalArgumentException("productId must be positive");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    public static OrderLine of(long productId, int quantity) {
        return new OrderLine(productId, quantity, null, null);
    }

    OrderLine priced(String productName, long price) {
        return new OrderLine(productId, quantity, productName, price);
    }

    /** unit price × quantity, once priced. */
    public @Nullable Long amount() {
        return unitPrice == null ? null : Math.multiplyExact(unitPrice, (long) quantity);
    }
}
