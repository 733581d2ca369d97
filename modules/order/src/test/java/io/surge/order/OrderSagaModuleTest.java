package io.surge.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.catalog.events.ProductQuoteRefused;
import io.surge.catalog.events.ProductsQuoted;
import io.surge.catalog.events.QuoteProducts;
import io.surge.catalog.events.ReleaseStock;
import io.surge.catalog.events.ReserveStock;
import io.surge.catalog.events.StockLine;
import io.surge.catalog.events.StockReleased;
import io.surge.catalog.events.StockReservationRejected;
import io.surge.catalog.events.StockReserved;
import io.surge.coupon.events.CouponRedeemed;
import io.surge.coupon.events.CouponRedemptionRejected;
import io.surge.coupon.events.CouponRestored;
import io.surge.coupon.events.RedeemCoupon;
import io.surge.coupon.events.RestoreCoupon;
import io.surge.order.domain.FailureReason;
import io.surge.order.domain.Order;
import io.surge.order.domain.OrderRequest.RequestedLine;
import io.surge.order.domain.SagaState;
import io.surge.order.events.OrderCancelled;
import io.surge.order.events.OrderCompleted;
import io.surge.order.events.OrderFailed;
import io.surge.order.port.in.CancelOrderUseCase;
import io.surge.order.port.in.GetOrderQuery;
import io.surge.order.port.in.PlaceOrderCommand;
import io.surge.order.port.in.PlaceOrderUseCase;
import io.surge.point.events.PointUseRejected;
import io.surge.point.events.PointsRefunded;
import io.surge.point.events.PointsUsed;
import io.surge.point.events.RefundPoints;
import io.surge.point.events.UsePoints;
import io.surge.shared.access.ActingUser;
import io.surge.shared.error.BusinessException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

/**
 * The order module alone, with nobody answering its requests in the placing transaction: the order is stored
 * PENDING and the other modules' replies are published here as a module in another process would deliver them,
 * one transaction each, including twice and out of order. The requests the saga sends are read from the published
 * events. (Inside the application every reply arrives in the placing transaction; the app's journeys test that.)
 */
@ApplicationModuleTest
class OrderSagaModuleTest {

    private static final long USER = 11;
    private static final ActingUser OWNER = ActingUser.user(USER);
    private static final long COUPON = 77;

    @Autowired PlaceOrderUseCase placeOrder;
    @Autowired CancelOrderUseCase cancelOrder;
    @Autowired GetOrderQuery orders;

    @Test
    void anOrderIsQuotedPaidThenReservedAndCompleted(Scenario scenario, AssertablePublishedEvents events) {
        long orderId = place(null, new RequestedLine(1, 2), new RequestedLine(2, 1));
        assertThat(orders.order(orderId, OWNER).state()).isEqualTo(SagaState.PRICING);
        assertThat(events.ofType(QuoteProducts.class).matching(request -> request.orderId() == orderId))
                .singleElement().satisfies(request -> assertThat(request.lines()).containsExactly(
                        new StockLine(1, 2), new StockLine(2, 1)));

        reply(scenario, quoted(orderId), orderId, SagaState.PAYING);
        assertThat(events.ofType(UsePoints.class).matching(request -> request.orderId() == orderId))
                .singleElement().satisfies(request -> assertThat(request.amount()).isEqualTo(2 * 1_000 + 500));
        assertThat(orders.order(orderId, OWNER).lines()).extracting(line -> line.name())
                .containsExactly("Keyboard", "Mouse");

        reply(scenario, used(orderId), orderId, SagaState.RESERVING_STOCK);
        assertThat(events.ofType(ReserveStock.class).matching(request -> request.orderId() == orderId)).hasSize(1);

        reply(scenario, reserved(orderId), orderId, SagaState.COMPLETED);
        assertThat(events.ofType(OrderCompleted.class).matching(completed -> completed.orderId() == orderId))
                .singleElement().satisfies(completed -> {
                    assertThat(completed.totalAmount()).isEqualTo(2_500);
                    assertThat(completed.discountAmount()).isZero();
                    assertThat(completed.paidAmount()).isEqualTo(2_500);
                    assertThat(completed.items()).hasSize(2);
                });
    }

    @Test
    void aCouponIsRedeemedOnTheTotalAndThePaymentIsWhatRemains(Scenario scenario, AssertablePublishedEvents events) {
        long orderId = place(COUPON, new RequestedLine(1, 3));

        reply(scenario, quoted(orderId), orderId, SagaState.REDEEMING_COUPON);
        assertThat(events.ofType(RedeemCoupon.class).matching(request -> request.orderId() == orderId))
                .singleElement().satisfies(request -> {
                    assertThat(request.orderAmount()).isEqualTo(3_000);
                    assertThat(request.userCouponId()).isEqualTo(COUPON);
                    assertThat(request.userId()).isEqualTo(USER);
                });

        reply(scenario, new CouponRedeemed(UUID.randomUUID(), orderId, COUPON, 700, Instant.now()), orderId,
                SagaState.PAYING);
        assertThat(events.ofType(UsePoints.class).matching(request -> request.orderId() == orderId))
                .singleElement().satisfies(request -> assertThat(request.amount()).isEqualTo(2_300));

        reply(scenario, used(orderId), orderId, SagaState.RESERVING_STOCK);
        reply(scenario, reserved(orderId), orderId, SagaState.COMPLETED);
        Order order = orders.order(orderId, OWNER);
        assertThat(order.totalAmount()).isEqualTo(3_000);
        assertThat(order.discountAmount()).isEqualTo(700);
        assertThat(order.paidAmount()).isEqualTo(2_300);
    }

    @Test
    void aRefusedQuoteFailsTheOrderWithNothingToUndo(Scenario scenario, AssertablePublishedEvents events) {
        long short_ = place(null, new RequestedLine(1, 2));
        long unknown = place(null, new RequestedLine(999, 1));

        reply(scenario, new ProductQuoteRefused(UUID.randomUUID(), short_, "INSUFFICIENT_STOCK", 1, Instant.now()),
                short_, SagaState.FAILED);
        reply(scenario, new ProductQuoteRefused(UUID.randomUUID(), unknown, "PRODUCT_NOT_FOUND", 999, Instant.now()),
                unknown, SagaState.FAILED);

        assertThat(orders.order(short_, OWNER).failureReason()).isEqualTo(FailureReason.INSUFFICIENT_STOCK);
        assertThat(orders.order(unknown, OWNER).failureReason()).isEqualTo(FailureReason.PRODUCT_NOT_FOUND);
        assertThat(events.ofType(UsePoints.class)).isEmpty();
        assertThat(events.ofType(OrderFailed.class)).hasSize(2);
    }

    @Test
    void aRejectedCouponFailsTheOrderBeforeAnythingIsPaid(Scenario scenario, AssertablePublishedEvents events) {
        long orderId = place(COUPON, new RequestedLine(1, 1));
        reply(scenario, quoted(orderId), orderId, SagaState.REDEEMING_COUPON);

        reply(scenario, new CouponRedemptionRejected(UUID.randomUUID(), orderId, COUPON, "EXPIRED", Instant.now()),
                orderId, SagaState.FAILED);

        assertThat(orders.order(orderId, OWNER).failureReason()).isEqualTo(FailureReason.COUPON_NOT_USABLE);
        assertThat(events.ofType(UsePoints.class)).isEmpty();
        assertThat(events.ofType(ReserveStock.class)).isEmpty();
    }

    @Test
    void refusedPointsRestoreTheCouponThenFail(Scenario scenario, AssertablePublishedEvents events) {
        long orderId = place(COUPON, new RequestedLine(1, 1));
        reply(scenario, quoted(orderId), orderId, SagaState.REDEEMING_COUPON);
        reply(scenario, new CouponRedeemed(UUID.randomUUID(), orderId, COUPON, 100, Instant.now()), orderId,
                SagaState.PAYING);

        reply(scenario, new PointUseRejected(UUID.randomUUID(), orderId, USER, 900, "INSUFFICIENT_POINTS",
                Instant.now()), orderId, SagaState.COMPENSATING);
        assertThat(events.ofType(RestoreCoupon.class).matching(request -> request.orderId() == orderId)).hasSize(1);
        assertThat(events.ofType(ReserveStock.class)).isEmpty();
        assertThat(events.ofType(OrderFailed.class)).isEmpty();

        reply(scenario, restored(orderId), orderId, SagaState.FAILED);
        assertThat(orders.order(orderId, OWNER).failureReason()).isEqualTo(FailureReason.INSUFFICIENT_POINTS);
        assertThat(events.ofType(OrderFailed.class)).hasSize(1);
    }

    @Test
    void aStockShortageAfterPaymentRefundsAndRestoresThenFails(Scenario scenario,
            AssertablePublishedEvents events) {
        long orderId = paidOrderWithCoupon(scenario);

        reply(scenario, new StockReservationRejected(UUID.randomUUID(), orderId, "INSUFFICIENT_STOCK", 1,
                Instant.now()), orderId, SagaState.COMPENSATING);
        assertThat(events.ofType(RefundPoints.class).matching(request -> request.orderId() == orderId)).hasSize(1);
        assertThat(events.ofType(RestoreCoupon.class).matching(request -> request.orderId() == orderId)).hasSize(1);
        assertThat(events.ofType(ReleaseStock.class)).isEmpty();

        reply(scenario, refunded(orderId), orderId, SagaState.COMPENSATING);
        assertThat(events.ofType(OrderFailed.class)).isEmpty();
        reply(scenario, restored(orderId), orderId, SagaState.FAILED);
        assertThat(orders.order(orderId, OWNER).failureReason()).isEqualTo(FailureReason.INSUFFICIENT_STOCK);
    }

    @Test
    void aPriceThatMovedSinceTheQuoteRefundsThePaymentThenFails(Scenario scenario, AssertablePublishedEvents events) {
        long orderId = place(null, new RequestedLine(1, 1));
        reply(scenario, quoted(orderId), orderId, SagaState.PAYING);
        reply(scenario, used(orderId), orderId, SagaState.RESERVING_STOCK);
        assertThat(events.ofType(ReserveStock.class).matching(request -> request.orderId() == orderId))
                .singleElement().satisfies(request -> assertThat(request.lines())
                        .containsExactly(new ReserveStock.Line(1, 1, 1_000)));

        reply(scenario, new StockReservationRejected(UUID.randomUUID(), orderId, "PRICE_CHANGED", 1, Instant.now()),
                orderId, SagaState.COMPENSATING);
        assertThat(events.ofType(RefundPoints.class).matching(request -> request.orderId() == orderId)).hasSize(1);
        assertThat(events.ofType(ReleaseStock.class)).isEmpty();

        reply(scenario, refunded(orderId), orderId, SagaState.FAILED);
        assertThat(orders.order(orderId, OWNER).failureReason()).isEqualTo(FailureReason.PRICE_CHANGED);
        assertThat(events.ofType(OrderCompleted.class)).isEmpty();
    }

    @Test
    void duplicateRepliesMoveTheSagaOnce(Scenario scenario, AssertablePublishedEvents events) {
        long orderId = place(null, new RequestedLine(1, 1));
        ProductsQuoted quoted = quoted(orderId);

        reply(scenario, quoted, orderId, SagaState.PAYING);
        reply(scenario, quoted, orderId, SagaState.PAYING);
        PointsUsed used = used(orderId);
        reply(scenario, used, orderId, SagaState.RESERVING_STOCK);
        reply(scenario, used, orderId, SagaState.RESERVING_STOCK);
        StockReserved reserved = reserved(orderId);
        reply(scenario, reserved, orderId, SagaState.COMPLETED);
        reply(scenario, reserved, orderId, SagaState.COMPLETED);

        assertThat(events.ofType(UsePoints.class).matching(request -> request.orderId() == orderId)).hasSize(1);
        assertThat(events.ofType(ReserveStock.class).matching(request -> request.orderId() == orderId)).hasSize(1);
        assertThat(events.ofType(OrderCompleted.class).matching(done -> done.orderId() == orderId)).hasSize(1);
    }

    @Test
    void repliesOutOfOrderOrTooLateChangeNothing(Scenario scenario, AssertablePublishedEvents events) {
        long orderId = place(null, new RequestedLine(1, 1));

        reply(scenario, used(orderId), orderId, SagaState.PRICING);
        reply(scenario, reserved(orderId), orderId, SagaState.PRICING);
        reply(scenario, released(orderId), orderId, SagaState.PRICING);
        reply(scenario, new ProductQuoteRefused(UUID.randomUUID(), orderId, "INSUFFICIENT_STOCK", 1, Instant.now()),
                orderId, SagaState.FAILED);
        reply(scenario, quoted(orderId), orderId, SagaState.FAILED);

        assertThat(events.ofType(UsePoints.class)).isEmpty();
        assertThat(events.ofType(OrderCompleted.class)).isEmpty();
    }

    @Test
    void cancellingACompletedOrderRestoresRefundsAndReleasesOnce(Scenario scenario,
            AssertablePublishedEvents events) {
        long orderId = paidOrderWithCoupon(scenario);
        reply(scenario, reserved(orderId), orderId, SagaState.COMPLETED);

        assertThat(cancelOrder.cancel(orderId, OWNER).state()).isEqualTo(SagaState.CANCELLING);
        assertThat(orders.order(orderId, OWNER).state()).isEqualTo(SagaState.CANCELLING);
        assertThat(events.ofType(RefundPoints.class).matching(request -> request.orderId() == orderId)).hasSize(1);
        assertThat(events.ofType(ReleaseStock.class).matching(request -> request.orderId() == orderId)).hasSize(1);
        assertThat(events.ofType(RestoreCoupon.class).matching(request -> request.orderId() == orderId)).hasSize(1);
        assertThatThrownBy(() -> cancelOrder.cancel(orderId, OWNER)).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.code()).isEqualTo("ORDER_NOT_CANCELLABLE"));

        reply(scenario, refunded(orderId), orderId, SagaState.CANCELLING);
        reply(scenario, released(orderId), orderId, SagaState.CANCELLING);
        reply(scenario, restored(orderId), orderId, SagaState.CANCELLED);
        reply(scenario, restored(orderId), orderId, SagaState.CANCELLED);

        assertThat(events.ofType(OrderCancelled.class).matching(cancelled -> cancelled.orderId() == orderId))
                .singleElement().satisfies(cancelled -> assertThat(cancelled.refundedAmount()).isEqualTo(2_300));
        assertThatThrownBy(() -> cancelOrder.cancel(orderId, OWNER)).isInstanceOf(BusinessException.class);
    }

    @Test
    void onlyCompletedOrdersCanBeCancelled() {
        long pending = place(null, new RequestedLine(1, 1));

        assertThatThrownBy(() -> cancelOrder.cancel(pending, OWNER)).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.code()).isEqualTo("ORDER_NOT_CANCELLABLE"));
        assertThatThrownBy(() -> cancelOrder.cancel(987_654, OWNER)).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.code()).isEqualTo("ORDER_NOT_FOUND"));
    }

    @Test
    void toAnyoneButItsOwnerAndAdminsAnOrderDoesNotExist(Scenario scenario, AssertablePublishedEvents events) {
        long orderId = paidOrderWithCoupon(scenario);
        reply(scenario, reserved(orderId), orderId, SagaState.COMPLETED);
        ActingUser stranger = ActingUser.user(USER + 1);

        assertThatThrownBy(() -> orders.order(orderId, stranger)).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.code()).isEqualTo("ORDER_NOT_FOUND"));
        assertThatThrownBy(() -> cancelOrder.cancel(orderId, stranger)).isInstanceOfSatisfying(
                BusinessException.class, refused -> assertThat(refused.code()).isEqualTo("ORDER_NOT_FOUND"));
        assertThat(orders.order(orderId, ActingUser.admin(USER + 2)).state()).isEqualTo(SagaState.COMPLETED);
        assertThat(events.ofType(RefundPoints.class).matching(request -> request.orderId() == orderId)).isEmpty();
    }

    /** Three of product 1 at 1,000 with 700 off: paid 2,300, waiting for its stock. */
    private long paidOrderWithCoupon(Scenario scenario) {
        long orderId = place(COUPON, new RequestedLine(1, 3));
        reply(scenario, quoted(orderId), orderId, SagaState.REDEEMING_COUPON);
        reply(scenario, new CouponRedeemed(UUID.randomUUID(), orderId, COUPON, 700, Instant.now()), orderId,
                SagaState.PAYING);
        reply(scenario, used(orderId), orderId, SagaState.RESERVING_STOCK);
        return orderId;
    }

    private long place(@Nullable Long userCouponId, RequestedLine... lines) {
        return placeOrder.place(new PlaceOrderCommand(USER, List.of(lines), userCouponId)).orderId();
    }

    /** Publishes a reply as the other module would, and waits until the order is in the expected state. */
    private void reply(Scenario scenario, Object reply, long orderId, SagaState expected) {
        scenario.publish(reply)
                .andWaitForStateChange(() -> orders.order(orderId, OWNER).state(), state -> state == expected)
                .andVerify(state -> assertThat(state).isEqualTo(expected));
    }

    private static ProductsQuoted quoted(long orderId) {
        return new ProductsQuoted(UUID.randomUUID(), orderId, List.of(
                new ProductsQuoted.Line(1, "Keyboard", 1_000, 0),
                new ProductsQuoted.Line(2, "Mouse", 500, 0)), Instant.now());
    }

    private static StockReserved reserved(long orderId) {
        return new StockReserved(UUID.randomUUID(), orderId, List.of(), Instant.now());
    }

    private static PointsUsed used(long orderId) {
        return new PointsUsed(UUID.randomUUID(), orderId, USER, 0, 0, 1, Instant.now());
    }

    private static PointsRefunded refunded(long orderId) {
        return new PointsRefunded(UUID.randomUUID(), orderId, USER, 2_300, 10_000, 9, Instant.now());
    }

    private static StockReleased released(long orderId) {
        return new StockReleased(UUID.randomUUID(), orderId, List.of(), Instant.now());
    }

    private static CouponRestored restored(long orderId) {
        return new CouponRestored(UUID.randomUUID(), orderId, COUPON, true, Instant.now());
    }
}
