package io.surge.order.port.in;

import java.util.List;

import io.surge.order.domain.OrderRequest;
import io.surge.order.domain.OrderRequest.RequestedLine;
import org.jspecify.annotations.Nullable;

/**
 * Place an order: 1..50 lines of 1..1,000 each (repeated products are merged), maybe with a coupon.
 *
 * @throws io.surge.shared.error.BusinessException {@code VALIDATION_FAILED} when the order breaks those rules
 */
public record PlaceOrderCommand(OrderRequest request) {

    public PlaceOrderCommand(long userId, List<RequestedLine> items, @Nullable Long userCouponId) {
        this(OrderRequest.of(userId, items, userCouponId));
    }
}
