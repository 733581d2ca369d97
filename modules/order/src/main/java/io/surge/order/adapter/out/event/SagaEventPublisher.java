package io.surge.order.adapter.out.event;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.surge.catalog.events.QuoteProducts;
import io.surge.catalog.events.ReleaseStock;
import io.surge.catalog.events.ReserveStock;
import io.surge.catalog.events.StockLine;
import io.surge.coupon.events.RedeemCoupon;
import io.surge.coupon.events.RestoreCoupon;
import io.surge.order.domain.Order;
import io.surge.order.domain.SagaStep;
import io.surge.order.events.OrderCancelled;
import io.surge.order.events.OrderCompleted;
import io.surge.order.events.OrderFailed;
import io.surge.order.events.OrderItem;
import io.surge.order.events.OrderPlaced;
import io.surge.order.port.out.OrderSagaMessages;
import io.surge.point.events.RefundPoints;
import io.surge.point.events.UsePoints;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Speaks to the other modules in their own contracts (provider-owned events) and announces the order's
 * milestones in its own.
 */
@Component
class SagaEventPublisher implements OrderSagaMessages {

    private final ApplicationEventPublisher publisher;

    SagaEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void placed(Order order) {
        publisher.publishEvent(new OrderPlaced(UUID.randomUUID(), order.orderId(), order.userId(),
                order.userCouponId(), order.createdAt()));
    }

    @Override
    public void send(SagaStep step, Order order) {
        publisher.publishEvent(switch (step) {
            case QUOTE_PRODUCTS -> QuoteProducts.of(order.orderId(), order.lines().stream()
                    .map(line -> new StockLine(line.productId(), line.quantity())).toList());
            case RESERVE_STOCK -> ReserveStock.of(order.orderId(), order.lines().stream()
                    .map(line -> new ReserveStock.Line(line.productId(), line.quantity(),
                            Objects.requireNonNull(line.unitPrice())))
                    .toList());
            case REDEEM_COUPON -> RedeemCoupon.of(order.orderId(), order.userId(),
                    Objects.requireNonNull(order.userCouponId()), Objects.requireNonNull(order.totalAmount()));
            case USE_POINTS -> UsePoints.of(order.orderId(), order.userId(), Objects.requireNonNull(order.paidAmount()));
            case RELEASE_STOCK -> ReleaseStock.of(order.orderId());
            case RESTORE_COUPON -> RestoreCoupon.of(order.orderId(), Objects.requireNonNull(order.userCouponId()));
            case REFUND_POINTS -> RefundPoints.of(order.orderId(), order.userId());
            case ANNOUNCE_COMPLETED -> new OrderCompleted(UUID.randomUUID(), order.orderId(), order.userId(),
                    items(order), order.totalAmount(), order.discountAmount(), order.paidAmount(),
                    order.userCouponId(), Objects.requireNonNull(order.completedAt()));
            case ANNOUNCE_FAILED -> new OrderFailed(UUID.randomUUID(), order.orderId(), order.userId(),
                    Objects.requireNonNull(order.failureReason()).name(), Objects.requireNonNull(order.failedAt()));
            case ANNOUNCE_CANCELLED -> new OrderCancelled(UUID.randomUUID(), order.orderId(), order.userId(),
                    items(order), order.paidAmount(), Objects.requireNonNull(order.cancelledAt()));
        });
    }

    private static List<OrderItem> items(Order order) {
        return order.lines().stream()
                .map(line -> new OrderItem(line.productId(), line.quantity(), Objects.requireNonNull(line.unitPrice())))
                .toList();
    }
}
