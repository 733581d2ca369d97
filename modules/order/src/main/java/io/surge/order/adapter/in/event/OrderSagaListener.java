package io.surge.order.adapter.in.event;

import java.util.List;

import io.surge.catalog.events.ProductQuoteRefused;
import io.surge.catalog.events.ProductsQuoted;
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

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The saga's ears: every reply of catalog, coupon and point, translated into the order's own language. Replies
 * arrive synchronously, in the transaction that sent the request (ADR 0013).
 */
@Component
class OrderSagaListener {

    private final OrderSagaUseCase saga;

    OrderSagaListener(OrderSagaUseCase saga) {
        this.saga = saga;
    }

    @EventListener(id = "order.on-products-quoted")
    void on(ProductsQuoted reply) {
        saga.productsQuoted(reply.orderId(), prices(reply.lines()));
    }

    @EventListener(id = "order.on-product-quote-refused")
    void on(ProductQuoteRefused reply) {
        saga.quoteRefused(reply.orderId(), failureReason(reply.reason()));
    }

    @EventListener(id = "order.on-coupon-redeemed")
    void on(CouponRedeemed reply) {
        saga.couponRedeemed(reply.orderId(), reply.discount());
    }

    @EventListener(id = "order.on-coupon-redemption-rejected")
    void on(CouponRedemptionRejected reply) {
        saga.couponRejected(reply.orderId());
    }

    @EventListener(id = "order.on-points-used")
    void on(PointsUsed reply) {
        saga.pointsUsed(reply.orderId());
    }

    @EventListener(id = "order.on-point-use-rejected")
    void on(PointUseRejected reply) {
        saga.pointsRefused(reply.orderId());
    }

    @EventListener(id = "order.on-stock-reserved")
    void on(StockReserved reply) {
        saga.stockReserved(reply.orderId());
    }

    @EventListener(id = "order.on-stock-reservation-rejected")
    void on(StockReservationRejected reply) {
        saga.stockReservationRejected(reply.orderId(), failureReason(reply.reason()));
    }

    @EventListener(id = "order.on-coupon-restored")
    void on(CouponRestored reply) {
        saga.couponRestored(reply.orderId());
    }

    @EventListener(id = "order.on-points-refunded")
    void on(PointsRefunded reply) {
        saga.pointsRefunded(reply.orderId());
    }

    @EventListener(id = "order.on-stock-released")
    void on(StockReleased reply) {
        saga.stockReleased(reply.orderId());
    }

    private static List<ProductPrice> prices(List<ProductsQuoted.Line> lines) {
        return lines.stream().map(line -> new ProductPrice(line.productId(), line.name(), line.unitPrice())).toList();
    }

    /**
     * The catalog's reasons: a product that does not exist, one whose price moved since the quote, or one that
     * cannot serve the order.
     */
    private static FailureReason failureReason(String catalogReason) {
        return switch (catalogReason) {
            case "PRODUCT_NOT_FOUND" -> FailureReason.PRODUCT_NOT_FOUND;
            case "PRICE_CHANGED" -> FailureReason.PRICE_CHANGED;
            default -> FailureReason.INSUFFICIENT_STOCK;
        };
    }
}
