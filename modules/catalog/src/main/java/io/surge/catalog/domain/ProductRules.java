package io.surge.catalog.domain;

import io.surge.shared.error.BusinessException;
import org.jspecify.annotations.Nullable;

/**
 * What a product may look like (API.md): a name of 1..200 characters that is not blank, a price of
 * 0..100,000,000 won, a stock of 0..1,000,000,000, and administrative stock adjustments of at most
 * ±1,000,000,000 that are not zero. Violations are 400 {@code VALIDATION_FAILED} for the field.
 */
public final class ProductRules {

    public static final int MAX_NAME_LENGTH = 200;
    public static final long MAX_PRICE = 100_000_000;
    public static final long MAX_STOCK = 1_000_000_000;
    public static final long MAX_ADJUSTMENT = 1_000_000_000;

    private ProductRules() {
    }

    /** Lengths are counted in characters (code points), as the database column counts them. */
    public static String checkName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw BusinessException.invalidField("name", "must not be blank");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw BusinessException.invalidField("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    public static long checkPrice(long price) {
        if (price < 0 || price > MAX_PRICE) {
            throw BusinessException.invalidField("price", "must be between 0 and " + MAX_PRICE);
        }
        return price;
    }

    public static long checkStock(long stock) {
        if (stock < 0 || stock > MAX_STOCK) {
            throw BusinessException.invalidField("stock", "must be between 0 and " + MAX_STOCK);
        }
        return stock;
    }

    public static long checkAdjustment(long delta) {
        if (delta == 0 || delta < -MAX_ADJUSTMENT || delta > MAX_ADJUSTMENT) {
            throw BusinessException.invalidField("delta",
                    "must not be zero and at most " + MAX_ADJUSTMENT + " either way");
        }
        return delta;
    }

    public static BusinessException notFound(long productId) {
        return new BusinessException("PRODUCT_NOT_FOUND", BusinessException.Category.NOT_FOUND,
                "Product " + productId + " does not exist.");
    }

    public static BusinessException stockWouldBeNegative(long productId, long stock, long delta) {
        return new BusinessException("STOCK_WOULD_BE_NEGATIVE", BusinessException.Category.CONFLICT,
                "Product " + productId + " has " + stock + " in stock; adjusting by " + delta
                        + " would make it negative.");
    }

    public static BusinessException stockLimitExceeded(long productId, long stock, long delta) {
        return new BusinessException("STOCK_LIMIT_EXCEEDED", BusinessException.Category.CONFLICT,
                "Product " + productId + " has " + stock + " in stock; adjusting by " + delta
                        + " would take it above " + MAX_STOCK + ".");
    }
}
