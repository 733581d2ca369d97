package io.surge.order.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.surge.shared.error.BusinessException;
import io.surge.shared.error.BusinessException.FieldViolation;
import org.jspecify.annotations.Nullable;

/**
 * What a user asks to buy: 1..50 lines of 1..1,000 each, repeated products merged into one line of at most
 * 1,000, and maybe a coupon. Prices are not part of it: they come from the catalog.
 */
public record OrderRequest(long userId, List<OrderLine> lines, @Nullable Long userCouponId) {

    public static final int MAX_LINES = 50;

    public record RequestedLine(long productId, int quantity) {
    }

    public static OrderRequest of(long userId, Collection<RequestedLine> requested, @Nullable Long userCouponId) {
        List<FieldViolation> violations = new ArrayList<>();
        if (requested.isEmpty() || requested.size() > MAX_LINES) {
            violations.add(new FieldViolation("items", "must hold 1 to " + MAX_LINES + " lines"));
        }
        int index = 0;
        for (RequestedLine line : requested) {
            if (line.productId() < 1) {
                violations.add(new FieldViolation("items[" + index + "].productId", "must be positive"));
            }
            if (line.quantity() < 1 || line.quantity() > OrderLine.MAX_QUANTITY) {
                violations.add(new FieldViolation("items[" + index + "].quantity",
                        "must be between 1 and " + OrderLine.MAX_QUANTITY));
            }
            index++;
        }
        if (userCouponId != null && userCouponId < 1) {
            violations.add(new FieldViolation("userCouponId", "must be positive"));
        }
        requireNone(violations);
        Map<Long, Integer> merged = new LinkedHashMap<>();
        requested.forEach(line -> merged.merge(line.productId(), line.quantity(), Math::addExact));
        merged.forEach((productId, quantity) -> {
            if (quantity > OrderLine.MAX_QUANTITY) { // 50 lines of one product must not buy 50,000 of it
                violations.add(new FieldViolation("items", "the quantities of product " + productId
                        + " add up to more than " + OrderLine.MAX_QUANTITY));
            }
        });
        requireNone(violations);
        return new OrderRequest(userId,
                merged.entrySet().stream().map(entry -> OrderLine.of(entry.getKey(), entry.getValue())).toList(),
                userCouponId);
    }

    private static void requireNone(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new BusinessException("VALIDATION_FAILED", BusinessException.Category.INVALID,
                    "The order is invalid.", violations, Map.of());
        }
    }
}
