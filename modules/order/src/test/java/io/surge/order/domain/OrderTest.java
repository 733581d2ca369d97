package io.surge.order.domain;

import static io.surge.order.domain.Compensation.COUPON_RESTORE;
import static io.surge.order.domain.Compensation.POINTS_REFUND;
import static io.surge.order.domain.Compensation.STOCK_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.surge.shared.error.BusinessException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order saga as a state machine alone: every reply is applied to an order in memory, and what it answers is
 * the list of steps the application would take next.
 */
class OrderTest {

    private static final long ORDER = 42;
    private static final long USER = 11;
    private static final long COUPON = 77;
    private static final @Nullable Long NO_COUPON = null;

    private static final Instant PLACED_AT = Instant.parse("2026-11-21T09:30:00Z");
    private static final Instant REPLIED_AT = PLACED_AT.plusSeconds(1);
    private static final Instant LATER = PLACED_AT.plusSeconds(60);

    private static final ProductPrice KEYBOARD = new ProductPrice(1, "Keyboard", 1_000);
    private static final ProductPrice MOUSE = new ProductPrice(2, "Mouse", 500);
    /** The catalog answers in its own order, not the order's. */
    private static final List<ProductPrice> QUOTE = List.of(MOUSE, KEYBOARD);
    private static final long TOTAL = 2 * 1_000 + 500;
    private static final long DISCOUNT = 300;

    // ---------------------------------------------------------------- placing and pricing

    @Test
    void aPlacedOrderIsPricingAndPendingWithNothingPricedYet() {
        Order order = placed(COUPON);

        assertThat(order.orderId()).isEqualTo(ORDER);
        assertThat(order.userId()).isEqualTo(USER);
        assertThat(order.userCouponId()).isEqualTo(COUPON);
        assertThat(order.state()).isEqualTo(SagaState.PRICING);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.lines()).containsExactly(OrderLine.of(1, 2), OrderLine.of(2, 1));
        assertThat(order.lines()).extracting(OrderLine::amount).containsOnlyNulls();
        assertThat(order.totalAmount()).isNull();
        assertThat(order.discountAmount()).isNull();
        assertThat(order.paidAmount()).isNull();
        assertThat(order.failureReason()).isNull();
        assertThat(order.awaiting()).isEmpty();
        assertThat(order.createdAt()).isEqualTo(PLACED_AT);
        assertThat(order.completedAt()).isNull();
        assertThat(order.failedAt()).isNull();
        assertThat(order.cancelledAt()).isNull();
    }

    @Test
    void theQuotePricesEveryLineAndWithoutACouponTheWholeTotalIsPaidInPoints() {
        Order order = placed(NO_COUPON);

        assertThat(order.productsQuoted(QUOTE)).containsExactly(SagaStep.USE_POINTS);

        assertThat(order.lines()).containsExactly(
                new OrderLine(1, 2, "Keyboard", 1_000L), new OrderLine(2, 1, "Mouse", 500L));
        assertThat(order.lines()).extracting(OrderLine::amount).containsExactly(2_000L, 500L);
        assertThat(order.totalAmount()).isEqualTo(TOTAL);
        assertThat(order.discountAmount()).isZero();
        assertThat(order.paidAmount()).isEqualTo(TOTAL);
        assertThat(order.state()).isEqualTo(SagaState.PAYING);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.awaiting()).isEmpty();
    }

    @Test
    void withACouponTheQuotedOrderRedeemsItBeforePaying() {
        Order order = placed(COUPON);

        assertThat(order.productsQuoted(QUOTE)).containsExactly(SagaStep.REDEEM_COUPON);

        assertThat(order.state()).isEqualTo(SagaState.REDEEMING_COUPON);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.lines()).extracting(OrderLine::name).containsExactly("Keyboard", "Mouse");
        assertThat(order.totalAmount()).isEqualTo(TOTAL);
        assertThat(order.discountAmount()).isNull();
        assertThat(order.paidAmount()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = FailureReason.class, names = {"PRODUCT_NOT_FOUND", "INSUFFICIENT_STOCK"})
    void aRefusedQuoteFailsTheOrderAtOnceBecauseNothingWasDoneForItYet(FailureReason reason) {
        Order order = placed(COUPON);

        assertThat(order.quoteRefused(reason, REPLIED_AT)).containsExactly(SagaStep.ANNOUNCE_FAILED);

        assertFailed(order, reason, REPLIED_AT);
        assertThat(order.totalAmount()).isNull();
        assertThat(order.lines()).extracting(OrderLine::unitPrice).containsOnlyNulls();
    }

    // ---------------------------------------------------------------- coupon

    @Test
    void aCouponIsRedeemedOnTheTotalAndThePaymentIsWhatRemains() {
        Order order = quoted(COUPON);

        assertThat(order.couponRedeemed(DISCOUNT)).containsExactly(SagaStep.USE_POINTS);

        assertThat(order.state()).isEqualTo(SagaState.PAYING);
        assertThat(order.totalAmount()).isEqualTo(TOTAL);
        assertThat(order.discountAmount()).isEqualTo(DISCOUNT);
        assertThat(order.paidAmount()).isEqualTo(TOTAL - DISCOUNT);
    }

    @ParameterizedTest(name = "a discount of {0} counts as {1}, leaving {2} to pay")
    @CsvSource({
            "2500, 2500,    0",
            "9999, 2500,    0",
            "   0,    0, 2500",
            "-100,    0, 2500"})
    void aDiscountNeverExceedsTheTotalAndIsNeverNegative(long discount, long counted, long paid) {
        Order order = quoted(COUPON);

        assertThat(order.couponRedeemed(discount)).containsExactly(SagaStep.USE_POINTS);

        assertThat(order.discountAmount()).isEqualTo(counted);
        assertThat(order.paidAmount()).isEqualTo(paid);
        assertThat(order.state()).isEqualTo(SagaState.PAYING);
    }

    @Test
    void aRejectedCouponFailsTheOrderWithNothingToUndo() {
        Order order = quoted(COUPON);

        assertThat(order.couponRejected(REPLIED_AT)).containsExactly(SagaStep.ANNOUNCE_FAILED);

        assertFailed(order, FailureReason.COUPON_NOT_USABLE, REPLIED_AT);
        assertThat(order.totalAmount()).isEqualTo(TOTAL);
        assertThat(order.discountAmount()).isNull();
        assertThat(order.paidAmount()).isNull();
    }

    // ---------------------------------------------------------------- points

    @ParameterizedTest(name = "coupon {0}")
    @MethodSource("withAndWithoutCoupon")
    void usedPointsLeadToReservingTheStock(@Nullable Long coupon) {
        Order order = paying(coupon);

        assertThat(order.pointsUsed()).containsExactly(SagaStep.RESERVE_STOCK);

        assertThat(order.state()).isEqualTo(SagaState.RESERVING_STOCK);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.paidAmount()).isEqualTo(coupon == null ? TOTAL : TOTAL - DISCOUNT);
        assertThat(order.awaiting()).isEmpty();
    }

    @Test
    void refusedPointsWithoutACouponFailTheOrderAtOnce() {
        Order order = paying(NO_COUPON);

        assertThat(order.pointsRefused(REPLIED_AT)).containsExactly(SagaStep.ANNOUNCE_FAILED);

        assertFailed(order, FailureReason.INSUFFICIENT_POINTS, REPLIED_AT);
    }

    @Test
    void refusedPointsWithACouponRestoreTheCouponBeforeTheOrderFails() {
        Order order = paying(COUPON);

        assertThat(order.pointsRefused(REPLIED_AT)).containsExactly(SagaStep.RESTORE_COUPON);

        assertCompensating(order, FailureReason.INSUFFICIENT_POINTS, COUPON_RESTORE);

        assertThat(order.couponRestored(LATER)).containsExactly(SagaStep.ANNOUNCE_FAILED);

        assertFailed(order, FailureReason.INSUFFICIENT_POINTS, LATER);
    }

    // ---------------------------------------------------------------- stock

    @ParameterizedTest(name = "coupon {0}")
    @MethodSource("withAndWithoutCoupon")
    void stockReservedCompletesTheOrder(@Nullable Long coupon) {
        Order order = reservingStock(coupon);

        assertThat(order.stockReserved(REPLIED_AT)).containsExactly(SagaStep.ANNOUNCE_COMPLETED);

        assertThat(order.state()).isEqualTo(SagaState.COMPLETED);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.completedAt()).isEqualTo(REPLIED_AT);
        assertThat(order.failureReason()).isNull();
        assertThat(order.failedAt()).isNull();
        assertThat(order.awaiting()).isEmpty();
        assertThat(order.totalAmount()).isEqualTo(TOTAL);
        assertThat(order.paidAmount()).isEqualTo(coupon == null ? TOTAL : TOTAL - DISCOUNT);
    }

    static Stream<Arguments> everyOrderOfUndoing() {
        return Stream.concat(
                permutations(List.of(POINTS_REFUND, STOCK_RELEASE)).stream().map(p -> arguments(NO_COUPON, p)),
                permutations(List.of(COUPON_RESTORE, POINTS_REFUND, STOCK_RELEASE)).stream()
                        .map(p -> arguments(COUPON, p)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FailureReason.class, names = {"INSUFFICIENT_STOCK", "PRICE_CHANGED", "PRODUCT_NOT_FOUND"})
    void aReservationRejectedForAnyReasonUndoesThePaymentAndFailsForThatReason(FailureReason reason) {
        Order order = reservingStock(NO_COUPON);

        assertThat(order.stockReservationRejected(reason)).containsExactly(SagaStep.REFUND_POINTS);

        assertThat(order.completedAt()).isNull();
        assertCompensating(order, reason, POINTS_REFUND);
    }

    @ParameterizedTest(name = "coupon {0}, undone in the order {1}")
    @MethodSource("everyOrderOfUndoingAPayment")
    void aRejectedReservationRefundsThePaymentButReleasesNoStock(
            @Nullable Long coupon, List<Compensation> confirmations) {
        Order order = reservingStock(coupon);

        List<SagaStep> steps = order.stockReservationRejected(FailureReason.INSUFFICIENT_STOCK);

        assertThat(steps).containsExactlyElementsOf(coupon == null
                ? List.of(SagaStep.REFUND_POINTS)
                : List.of(SagaStep.RESTORE_COUPON, SagaStep.REFUND_POINTS));
        assertThat(order.stockReleased(LATER)).as("no stock was reserved").isEmpty();
        assertUndoneOneByOneThenFailed(order, FailureReason.INSUFFICIENT_STOCK, confirmations);
    }

    static Stream<Arguments> everyOrderOfUndoingAPayment() {
        return Stream.concat(
                Stream.of(arguments(NO_COUPON, List.of(POINTS_REFUND))),
                permutations(List.of(COUPON_RESTORE, POINTS_REFUND)).stream().map(p -> arguments(COUPON, p)));
    }

    // ---------------------------------------------------------------- undone at once

    @ParameterizedTest(name = "{0}")
    @MethodSource("compensatingOrders")
    void everythingUndoneAtOnceFailsTheOrderForTheReasonItHas(Fixture compensating) {
        Order order = compensating.order();
        FailureReason reason = order.failureReason();
        Set<Compensation> awaited = order.awaiting();

        assertThat(order.undoneAtOnce(LATER)).containsExactly(SagaStep.ANNOUNCE_FAILED);

        assertFailed(order, reason, LATER);
        Instant evenLater = LATER.plusSeconds(1);
        for (Compensation late : awaited) {
            assertThat(confirm(order, late, evenLater)).as("late " + late).isEmpty();
        }
        assertFailed(order, reason, LATER);
    }

    static Stream<Fixture> compensatingOrders() {
        return fixtures().filter(fixture -> fixture.order().state() == SagaState.COMPENSATING);
    }

    // ---------------------------------------------------------------- cancellation

    @ParameterizedTest(name = "coupon {0}, undone in the order {1}")
    @MethodSource("everyOrderOfUndoing")
    void aCompletedOrderIsCancelledInLockOrderAndOnlyOnceAllIsUndone(
            @Nullable Long coupon, List<Compensation> confirmations) {
        Order order = completed(coupon);

        assertThat(order.cancel()).containsExactlyElementsOf(coupon == null
                ? List.of(SagaStep.REFUND_POINTS, SagaStep.RELEASE_STOCK)
                : List.of(SagaStep.RESTORE_COUPON, SagaStep.REFUND_POINTS, SagaStep.RELEASE_STOCK));

        assertThat(order.state()).isEqualTo(SagaState.CANCELLING);
        assertThat(order.status()).as("still completed until all is undone").isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.awaiting()).containsExactlyInAnyOrderElementsOf(confirmations);
        assertThat(order.failureReason()).isNull();

        Instant at = LATER;
        for (int i = 0; i < confirmations.size() - 1; i++) {
            at = at.plusSeconds(1);
            assertThat(confirm(order, confirmations.get(i), at)).isEmpty();
            assertThat(order.state()).isEqualTo(SagaState.CANCELLING);
            assertThat(order.awaiting()).containsExactlyInAnyOrderElementsOf(
                    confirmations.subList(i + 1, confirmations.size()));
            assertThat(order.cancelledAt()).isNull();
        }
        at = at.plusSeconds(1);
        assertThat(confirm(order, confirmations.getLast(), at)).containsExactly(SagaStep.ANNOUNCE_CANCELLED);

        assertThat(order.state()).isEqualTo(SagaState.CANCELLED);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancelledAt()).isEqualTo(at);
        assertThat(order.completedAt()).isEqualTo(REPLIED_AT);
        assertThat(order.failedAt()).isNull();
        assertThat(order.failureReason()).isNull();
        assertThat(order.awaiting()).isEmpty();
        assertThat(order.paidAmount()).as("what was paid stays on record")
                .isEqualTo(coupon == null ? TOTAL : TOTAL - DISCOUNT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordersNotCompleted")
    void onlyACompletedOrderCanBeCancelled(Fixture notCompleted) {
        Order order = notCompleted.order();
        Order.Snapshot before = snapshotOf(order);

        assertThatThrownBy(order::cancel).isInstanceOfSatisfying(BusinessException.class, refused -> {
            assertThat(refused.code()).isEqualTo("ORDER_NOT_CANCELLABLE");
            assertThat(refused.category()).isEqualTo(BusinessException.Category.CONFLICT);
        });
        assertThat(snapshotOf(order)).isEqualTo(before);
    }

    static Stream<Fixture> ordersNotCompleted() {
        return fixtures().filter(fixture -> fixture.order().state() != SagaState.COMPLETED);
    }

    // ---------------------------------------------------------------- duplicate and late replies

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("repliesNotExpected")
    void aReplyTheStateDoesNotExpectChangesNothing(Fixture fixture, Transition reply) {
        Order order = fixture.order();
        Order.Snapshot before = snapshotOf(order);

        assertThat(reply.apply().apply(order)).isEmpty();

        assertThat(snapshotOf(order)).isEqualTo(before);
    }

    static Stream<Arguments> repliesNotExpected() {
        return fixtures().flatMap(fixture -> transitions()
                .filter(reply -> !reply.expectedBy().test(fixture.order()))
                .map(reply -> arguments(fixture, reply)));
    }

    /** The other half of the table above: it names exactly the replies each state waits for. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("repliesExpected")
    void aReplyTheStateExpectsMovesTheOrderOn(Fixture fixture, Transition reply) {
        Order order = fixture.order();
        Order.Snapshot before = snapshotOf(order);

        reply.apply().apply(order);

        assertThat(snapshotOf(order)).isNotEqualTo(before);
    }

    static Stream<Arguments> repliesExpected() {
        return fixtures().flatMap(fixture -> transitions()
                .filter(reply -> reply.expectedBy().test(fixture.order()))
                .map(reply -> arguments(fixture, reply)));
    }

    @Test
    void aSecondQuoteKeepsTheFirstPricing() {
        Order order = quoted(NO_COUPON);

        assertThat(order.productsQuoted(List.of(new ProductPrice(1, "Other", 1), new ProductPrice(2, "Other", 2))))
                .isEmpty();

        assertThat(order.lines()).extracting(OrderLine::unitPrice).containsExactly(1_000L, 500L);
        assertThat(order.totalAmount()).isEqualTo(TOTAL);
        assertThat(order.state()).isEqualTo(SagaState.PAYING);
    }

    @Test
    void aConfirmationArrivingTwiceCountsOnce() {
        Order order = completed(COUPON);
        order.cancel();

        assertThat(order.stockReleased(LATER)).isEmpty();
        assertThat(order.stockReleased(LATER)).isEmpty();
        assertThat(order.pointsRefunded(LATER)).isEmpty();

        assertThat(order.state()).isEqualTo(SagaState.CANCELLING);
        assertThat(order.awaiting()).containsExactly(COUPON_RESTORE);
    }

    // ---------------------------------------------------------------- storing

    @Test
    void aRestoredOrderHasEveryFieldItWasStoredWith() {
        Instant completedAt = PLACED_AT.plusSeconds(2);
        Instant failedAt = PLACED_AT.plusSeconds(3);
        Instant cancelledAt = PLACED_AT.plusSeconds(4);
        List<OrderLine> lines = new ArrayList<>(List.of(new OrderLine(1, 2, "Keyboard", 1_000L)));
        Set<Compensation> awaiting = new HashSet<>(Set.of(POINTS_REFUND, STOCK_RELEASE));
        // not a state the saga reaches: restoring takes what was stored without judging it
        Order.Snapshot stored = new Order.Snapshot(ORDER, USER, lines, COUPON, SagaState.CANCELLING,
                FailureReason.PRICE_CHANGED, 2_000L, 300L, 1_700L, awaiting, PLACED_AT, completedAt, failedAt,
                cancelledAt);

        Order order = Order.restore(stored);
        lines.clear();
        awaiting.clear();

        assertThat(order.orderId()).isEqualTo(ORDER);
        assertThat(order.userId()).isEqualTo(USER);
        assertThat(order.lines()).containsExactly(new OrderLine(1, 2, "Keyboard", 1_000L));
        assertThat(order.userCouponId()).isEqualTo(COUPON);
        assertThat(order.state()).isEqualTo(SagaState.CANCELLING);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.PRICE_CHANGED);
        assertThat(order.totalAmount()).isEqualTo(2_000L);
        assertThat(order.discountAmount()).isEqualTo(300L);
        assertThat(order.paidAmount()).isEqualTo(1_700L);
        assertThat(order.awaiting()).containsExactlyInAnyOrder(POINTS_REFUND, STOCK_RELEASE);
        assertThat(order.createdAt()).isEqualTo(PLACED_AT);
        assertThat(order.completedAt()).isEqualTo(completedAt);
        assertThat(order.failedAt()).isEqualTo(failedAt);
        assertThat(order.cancelledAt()).isEqualTo(cancelledAt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyOrderRoundTripsThroughItsSnapshot(Fixture fixture) {
        Order order = fixture.order();

        assertThat(snapshotOf(Order.restore(snapshotOf(order)))).isEqualTo(snapshotOf(order));
    }

    @Test
    void aRestoredOrderGoesOnWhereItStopped() {
        Order stored = reservingStock(COUPON);
        stored.stockReservationRejected(FailureReason.INSUFFICIENT_STOCK);
        Order order = Order.restore(snapshotOf(stored));

        assertThat(order.pointsRefunded(LATER)).isEmpty();
        assertThat(order.couponRestored(LATER)).containsExactly(SagaStep.ANNOUNCE_FAILED);

        assertFailed(order, FailureReason.INSUFFICIENT_STOCK, LATER);
        assertThat(stored.state()).as("the stored order is another object").isEqualTo(SagaState.COMPENSATING);
    }

    // ---------------------------------------------------------------- orders and replies

    private static Order placed(@Nullable Long coupon) {
        return Order.place(ORDER,
                new OrderRequest(USER, List.of(OrderLine.of(1, 2), OrderLine.of(2, 1)), coupon), PLACED_AT);
    }

    private static Order quoted(@Nullable Long coupon) {
        return after(placed(coupon), order -> order.productsQuoted(QUOTE));
    }

    private static Order paying(@Nullable Long coupon) {
        Order order = quoted(coupon);
        if (coupon != null) {
            order.couponRedeemed(DISCOUNT);
        }
        return order;
    }

    private static Order reservingStock(@Nullable Long coupon) {
        return after(paying(coupon), Order::pointsUsed);
    }

    private static Order completed(@Nullable Long coupon) {
        return after(reservingStock(coupon), order -> order.stockReserved(REPLIED_AT));
    }

    private static Order priceChanged(@Nullable Long coupon) {
        return after(reservingStock(coupon), order -> order.stockReservationRejected(FailureReason.PRICE_CHANGED));
    }

    private static Order cancelling(@Nullable Long coupon) {
        return after(completed(coupon), Order::cancel);
    }

    /** {@code order} after {@code replies} were applied to it. */
    private static Order after(Order order, Consumer<Order> replies) {
        replies.accept(order);
        return order;
    }

    private static List<SagaStep> confirm(Order order, Compensation compensation, Instant at) {
        return switch (compensation) {
            case COUPON_RESTORE -> order.couponRestored(at);
            case POINTS_REFUND -> order.pointsRefunded(at);
            case STOCK_RELEASE -> order.stockReleased(at);
        };
    }

    /** A snapshot of an order's reachable state (its accessors), to tell whether a reply changed anything. */
    private static Order.Snapshot snapshotOf(Order order) {
        return new Order.Snapshot(order.orderId(), order.userId(), order.lines(), order.userCouponId(),
                order.state(), order.failureReason(), order.totalAmount(), order.discountAmount(),
                order.paidAmount(), order.awaiting(), order.createdAt(), order.completedAt(), order.failedAt(),
                order.cancelledAt());
    }

    static Stream<@Nullable Long> withAndWithoutCoupon() {
        return Stream.of(NO_COUPON, COUPON);
    }

    /** An order in some state, built afresh each time it is asked for. */
    record Fixture(String name, Supplier<Order> build) {
        Order order() {
            return build.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fixture> fixtures() {
        return Stream.of(
                new Fixture("pricing", () -> placed(NO_COUPON)),
                new Fixture("pricing with coupon", () -> placed(COUPON)),
                new Fixture("redeeming coupon", () -> quoted(COUPON)),
                new Fixture("paying", () -> paying(NO_COUPON)),
                new Fixture("paying with coupon", () -> paying(COUPON)),
                new Fixture("reserving stock", () -> reservingStock(NO_COUPON)),
                new Fixture("reserving stock with coupon", () -> reservingStock(COUPON)),
                new Fixture("completed", () -> completed(NO_COUPON)),
                new Fixture("completed with coupon", () -> completed(COUPON)),
                new Fixture("failed: quote refused",
                        () -> after(placed(COUPON),
                                order -> order.quoteRefused(FailureReason.PRODUCT_NOT_FOUND, REPLIED_AT))),
                new Fixture("failed: coupon rejected",
                        () -> after(quoted(COUPON), order -> order.couponRejected(REPLIED_AT))),
                new Fixture("failed: points refused",
                        () -> after(paying(NO_COUPON), order -> order.pointsRefused(REPLIED_AT))),
                new Fixture("compensating: points refused with coupon",
                        () -> after(paying(COUPON), order -> order.pointsRefused(REPLIED_AT))),
                new Fixture("compensating: price changed", () -> priceChanged(NO_COUPON)),
                new Fixture("compensating: price changed with coupon", () -> priceChanged(COUPON)),
                new Fixture("compensating: price changed with coupon, points refunded",
                        () -> after(priceChanged(COUPON), order -> order.pointsRefunded(LATER))),
                new Fixture("compensating: stock rejected with coupon",
                        () -> after(reservingStock(COUPON),
                                order -> order.stockReservationRejected(FailureReason.INSUFFICIENT_STOCK))),
                new Fixture("failed: all undone", () -> after(priceChanged(COUPON), order -> {
                    order.stockReleased(LATER);
                    order.couponRestored(LATER);
                    order.pointsRefunded(LATER);
                })),
                new Fixture("failed: undone at once",
                        () -> after(priceChanged(COUPON), order -> order.undoneAtOnce(LATER))),
                new Fixture("cancelling", () -> cancelling(NO_COUPON)),
                new Fixture("cancelling with coupon", () -> cancelling(COUPON)),
                new Fixture("cancelling with coupon, stock released",
                        () -> after(cancelling(COUPON), order -> order.stockReleased(LATER))),
                new Fixture("cancelled", () -> after(cancelling(NO_COUPON), order -> {
                    order.pointsRefunded(LATER);
                    order.stockReleased(LATER);
                })),
                new Fixture("cancelled with coupon", () -> after(cancelling(COUPON), order -> {
                    order.stockReleased(LATER);
                    order.pointsRefunded(LATER);
                    order.couponRestored(LATER);
                })));
    }

    /**
     * A reply and the orders that wait for it. Its arguments differ from those the fixtures were built with
     * (other prices, another discount, a later time), so a reply wrongly applied shows in the snapshot.
     */
    record Transition(String name, Predicate<Order> expectedBy, Function<Order, List<SagaStep>> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Transition> transitions() {
        Instant late = LATER.plusSeconds(600);
        List<ProductPrice> otherPrices =
                List.of(new ProductPrice(1, "Keyboard", 900), new ProductPrice(2, "Mouse", 400));
        return Stream.of(
                new Transition("productsQuoted", in(SagaState.PRICING), order -> order.productsQuoted(otherPrices)),
                new Transition("quoteRefused", in(SagaState.PRICING),
                        order -> order.quoteRefused(FailureReason.INSUFFICIENT_STOCK, late)),
                new Transition("couponRedeemed", in(SagaState.REDEEMING_COUPON), order -> order.couponRedeemed(100)),
                new Transition("couponRejected", in(SagaState.REDEEMING_COUPON), order -> order.couponRejected(late)),
                new Transition("pointsUsed", in(SagaState.PAYING), Order::pointsUsed),
                new Transition("pointsRefused", in(SagaState.PAYING), order -> order.pointsRefused(late)),
                new Transition("stockReserved", in(SagaState.RESERVING_STOCK),
                        order -> order.stockReserved(late)),
                new Transition("stockReservationRejected", in(SagaState.RESERVING_STOCK),
                        order -> order.stockReservationRejected(FailureReason.PRODUCT_NOT_FOUND)),
                new Transition("couponRestored", awaiting(COUPON_RESTORE), order -> order.couponRestored(late)),
                new Transition("pointsRefunded", awaiting(POINTS_REFUND), order -> order.pointsRefunded(late)),
                new Transition("stockReleased", awaiting(STOCK_RELEASE), order -> order.stockReleased(late)),
                new Transition("undoneAtOnce", in(SagaState.COMPENSATING), order -> order.undoneAtOnce(late)));
    }

    private static Predicate<Order> in(SagaState state) {
        return order -> order.state() == state;
    }

    private static Predicate<Order> awaiting(Compensation compensation) {
        return order -> order.awaiting().contains(compensation);
    }

    // ---------------------------------------------------------------- assertions

    private static void assertFailed(Order order, @Nullable FailureReason reason, Instant at) {
        assertThat(order.state()).isEqualTo(SagaState.FAILED);
        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(order.failureReason()).isEqualTo(reason);
        assertThat(order.failedAt()).isEqualTo(at);
        assertThat(order.awaiting()).isEmpty();
        assertThat(order.completedAt()).isNull();
        assertThat(order.cancelledAt()).isNull();
    }

    private static void assertCompensating(Order order, FailureReason reason, Compensation... awaited) {
        assertThat(order.state()).isEqualTo(SagaState.COMPENSATING);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.failureReason()).isEqualTo(reason);
        assertThat(order.awaiting()).containsExactlyInAnyOrder(awaited);
        assertThat(order.failedAt()).isNull();
        assertThat(order.completedAt()).isNull();
        assertThat(order.cancelledAt()).isNull();
    }

    /** Confirms the awaited compensations in this order: the order fails with the last of them, not before. */
    private static void assertUndoneOneByOneThenFailed(Order order, FailureReason reason,
            List<Compensation> confirmations) {
        assertCompensating(order, reason, confirmations.toArray(Compensation[]::new));
        Instant at = LATER;
        for (int i = 0; i < confirmations.size() - 1; i++) {
            at = at.plusSeconds(1);
            assertThat(confirm(order, confirmations.get(i), at)).as("confirming " + confirmations.get(i)).isEmpty();
            assertCompensating(order, reason,
                    confirmations.subList(i + 1, confirmations.size()).toArray(Compensation[]::new));
        }
        at = at.plusSeconds(1);
        assertThat(confirm(order, confirmations.getLast(), at)).containsExactly(SagaStep.ANNOUNCE_FAILED);
        assertFailed(order, reason, at);
        assertThat(confirm(order, confirmations.getLast(), at.plusSeconds(1))).as("confirmed twice").isEmpty();
        assertFailed(order, reason, at);
    }

    private static List<List<Compensation>> permutations(List<Compensation> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Compensation>> all = new ArrayList<>();
        for (Compensation first : items) {
            List<Compensation> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Compensation> tail : permutations(rest)) {
                List<Compensation> permutation = new ArrayList<>(List.of(first));
                permutation.addAll(tail);
                all.add(List.copyOf(permutation));
            }
        }
        return all;
    }
}
