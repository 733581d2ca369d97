package io.surge.order.adapter.in.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.surge.order.domain.Order;
import org.jspecify.annotations.Nullable;

@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderResponse(long orderId, long userId, String status, @Nullable String failureReason, List<Item> items,
        @Nullable Long totalAmount, @Nullable Long discountAmount, @Nullable Long paidAmount,
        @Nullable Long userCouponId, Instant createdAt, @Nullable Instant completedAt, @Nullable Instant cancelledAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(long productId, @Nullable String name, @Nullable Long unitPrice, int quantity, @Nullable Long amount) {
    }

    static OrderResponse of(Order order) {
        return new OrderResponse(order.orderId(), order.userId(), order.status().name(),
                order.failureReason() == null ? null : order.failureReason().name(),
                order.lines().stream().map(line -> new Item(line.productId(), line.name(), line.unitPrice(),
                        line.quantity(), line.amount())).toList(),
                order.totalAmount(), order.discountAmount(), order.paidAmount(), order.userCouponId(),
                order.createdAt(), order.completedAt(), order.cancelledAt());
    }
}
