package io.surge.order.adapter.in.event;

import io.surge.catalog.events.StockReleased;
import io.surge.catalog.events.StockReservationRejected;
import io.surge.catalog.events.StockReserved;
import io.surge.coupon.events.CouponRedeemed;
import io.surge.coupon.events.CouponRedemptionRejected;
import io.surge.coupon.events.CouponRestored;
import io.surge.order.domain.FailureReason;
import io.surge.order.domain.ProductPrice;
import io.surge.order.port.in.OrderSagaUseCase;
import io.surge.point.events.PointUseRejected;
import io.surge.point.events.PointsRefunded;
import io.surge.point.events.PointsUsed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The saga's ears: every reply of catalog, coupon and point, translated into the order's own language.
 */
@Component
class OrderSagaListener {

    private final OrderSagaUseCase saga;

    OrderSagaListener(OrderSagaUseCase saga) {
        this.saga = saga;
    }

    @ApplicationModuleListener(id = "order.on-stock-reserved")
    void on(StockReserved reply) {
        saga.stockReserved(reply.orderId(), reply.lines().stream()
                .map(line -> new ProductPrice(line.productId(), line.name(), line.unitPrice()))
                .toList());
    }

    @ApplicationModuleListener(id = "order.on-stock-reservation-rejected")
    void on(StockReservationRejected reply) {
        saga.stockReservationRejected(reply.orderId(), "PRODUCT_NOT_FOUND".equals(reply.reason())
                ? FailureReason.PRODUCT_NOT_FOUND
                : FailureReason.INSUFFICIENT_STOCK);
    }

    @ApplicationModuleListener(id = "order.on-coupon-redeemed")
    void on(CouponRedeemed reply) {
        saga.couponRedeemed(reply.orderId(), reply.discount());
    }

    @ApplicationModuleListener(id = "order.on-coupon-redemption-rejected")
    void on(CouponRedemptionRejected reply) {
        saga.couponRejected(reply.orderId());
    }

    @ApplicationModuleListener(id = "order.on-points-used")
    void on(PointsUsed reply) {
        saga.pointsUsed(reply.orderId());
    }

    @ApplicationModuleListener(id = "order.on-point-use-rejected")
    void on(PointUseRejected reply) {
        saga.pointsRefused(reply.orderId());
    }

    @ApplicationModuleListener(id = "order.on-stock-released")
    void on(StockReleased reply) {
        saga.stockReleased(reply.orderId());
    }

    @ApplicationModuleListener(id = "order.on-coupon-restored")
    void on(CouponRestored reply) {
        saga.couponRestored(reply.orderId());
    }

    @ApplicationModuleListener(id = "order.on-points-refunded")
    void on(PointsRefunded reply) {
        saga.pointsRefunded(reply.orderId());
    }
}
