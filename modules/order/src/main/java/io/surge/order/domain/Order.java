package io.surge.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.surge.shared.error.BusinessException;
import org.jspecify.annotations.Nullable;

/**
 * An order and the state of its saga. Each reply from another module is one transition: it is applied only in
 * the state that expects it (a duplicate or late reply changes nothing) and names the steps to take next. Nothing
 * here knows whether replies arrive in the same transaction or later: the application decides that (ADR 0013).
 * <pre>
 * PRICING -> (coupon? REDEEMING_COUPON) -> PAYING -> RESERVING_STOCK -> COMPLETED -> CANCELLING -> CANCELLED
 *    \ refused -> FAILED     \ refused -> FAILED    \ refused -> COMPENSATING -> FAILED (once all is undone)
 * </pre>
 * Stock comes last: its rows are shared by every buyer of a product, so they are locked last and held shortest.
 * The quote that prices the order reserves nothing, so a refusal before the payment has nothing to undo.
 */
public final class Order {

    private final long orderId;
    private final long userId;
    private List<OrderLine> lines;
    private final @Nullable Long userCouponId;
    private SagaState state;
    private @Nullable FailureReason failureReason;
    private @Nullable Long totalAmount;
    private @Nullable Long discountAmount;
    private @Nullable Long paidAmount;
    private final Set<Compensation> awaiting;
    private final Instant createdAt;
    private @Nullable Instant completedAt;
    private @Nullable Instant failedAt;
    private @Nullable Instant cancelledAt;

    /** Everything an order is, as it is stored. */
    public record Snapshot(long orderId, long userId, List<OrderLine> lines, @Nullable Long userCouponId,
            SagaState state, @Nullable FailureReason failureReason, @Nullable Long totalAmount,
            @Nullable Long discountAmount, @Nullable Long paidAmount, Set<Compensation> awaiting, Instant createdAt,
            @Nullable Instant completedAt, @Nullable Instant failedAt, @Nullable Instant cancelledAt) {
    }

    private Order(Snapshot stored) {
        this.orderId = stored.orderId();
        this.userId = stored.userId();
        this.lines = List.copyOf(stored.lines());
        this.userCouponId = stored.userCouponId();
        this.state = Objects.requireNonNull(stored.state());
        this.failureReason = stored.failureReason();
        this.totalAmount = stored.totalAmount();
        this.discountAmount = stored.discountAmount();
        this.paidAmount = stored.paidAmount();
        this.awaiting = stored.awaiting().isEmpty()
                ? EnumSet.noneOf(Compensation.class)
                : EnumSet.copyOf(stored.awaiting());
        this.createdAt = Objects.requireNonNull(stored.createdAt());
        this.completedAt = stored.completedAt();
        this.failedAt = stored.failedAt();
        this.cancelledAt = stored.cancelledAt();
    }

    /** A newly placed order; its first step is {@link SagaStep#QUOTE_PRODUCTS}. */
    public static Order place(long orderId, OrderRequest request, Instant at) {
        return new Order(new Snapshot(orderId, request.userId(), request.lines(), request.userCouponId(),
                SagaState.PRICING, null, null, null, null, Set.of(), at, null, null, null));
    }

    /** An order as it was stored. */
    public static Order restore(Snapshot stored) {
        return new Order(stored);
    }

    /** The catalog priced every line (names and unit prices as they are now). */
    public List<SagaStep> productsQuoted(List<ProductPrice> prices) {
        if (state != SagaState.PRICING) {
            return List.of();
        }
        Map<Long, ProductPrice> byProduct = byProduct(prices);
        List<OrderLine> pricedLines = new ArrayList<>();
        long total = 0;
        for (OrderLine line : lines) {
            ProductPrice price = Objects.requireNonNull(byProduct.get(line.productId()),
                    () -> "catalog did not price product " + line.productId());
            OrderLine withPrice = line.priced(price.name(), price.unitPrice());
            pricedLines.add(withPrice);
            total = Math.addExact(total, withPrice.amount());
        }
        lines = List.copyOf(pricedLines);
        totalAmount = total;
        if (userCouponId != null) {
            state = SagaState.REDEEMING_COUPON;
            return List.of(SagaStep.REDEEM_COUPON);
        }
        return pay(0);
    }

    /** A product does not exist, or has too little stock: nothing was done for the order yet. */
    public List<SagaStep> quoteRefused(FailureReason reason, Instant at) {
        if (state != SagaState.PRICING) {
            return List.of();
        }
        failureReason = reason;
        return fail(at);
    }

    public List<SagaStep> couponRedeemed(long discount) {
        if (state != SagaState.REDEEMING_COUPON) {
            return List.of();
        }
        return pay(Math.min(Math.max(discount, 0), Objects.requireNonNull(totalAmount)));
    }

    /** The coupon is not usable: the quote reserved nothing, so nothing is undone. */
    public List<SagaStep> couponRejected(Instant at) {
        if (state != SagaState.REDEEMING_COUPON) {
            return List.of();
        }
        failureReason = FailureReason.COUPON_NOT_USABLE;
        return fail(at);
    }

    public List<SagaStep> pointsUsed() {
        if (state != SagaState.PAYING) {
            return List.of();
        }
        state = SagaState.RESERVING_STOCK;
        return List.of(SagaStep.RESERVE_STOCK);
    }

    public List<SagaStep> pointsRefused(Instant at) {
        if (state != SagaState.PAYING) {
            return List.of();
        }
        if (userCouponId == null) {
            failureReason = FailureReason.INSUFFICIENT_POINTS;
            return fail(at);
        }
        return compensate(FailureReason.INSUFFICIENT_POINTS, EnumSet.of(Compensation.COUPON_RESTORE));
    }

    /** The catalog reserved every line, at the prices quoted (it refuses a price that moved). */
    public List<SagaStep> stockReserved(Instant at) {
        if (state != SagaState.RESERVING_STOCK) {
            return List.of();
        }
        state = SagaState.COMPLETED;
        completedAt = at;
        return List.of(SagaStep.ANNOUNCE_COMPLETED);
    }

    public List<SagaStep> stockReservationRejected(FailureReason reason) {
        if (state != SagaState.RESERVING_STOCK) {
            return List.of();
        }
        return compensate(reason, paidFor());
    }

    public List<SagaStep> couponRestored(Instant at) {
        return undone(Compensation.COUPON_RESTORE, at);
    }

    public List<SagaStep> pointsRefunded(Instant at) {
        return undone(Compensation.POINTS_REFUND, at);
    }

    public List<SagaStep> stockReleased(Instant at) {
        return undone(Compensation.STOCK_RELEASE, at);
    }

    /**
     * Everything done for the order was undone at once, because it all happened in one transaction that went
     * back to before the first step: nothing is left to await, and the order is FAILED for the reason it has.
     */
    public List<SagaStep> undoneAtOnce(Instant at) {
        if (state != SagaState.COMPENSATING) {
            return List.of();
        }
        awaiting.clear();
        return fail(at);
    }

    /**
     * @throws BusinessException {@code ORDER_NOT_CANCELLABLE} unless the order is COMPLETED (and not already
     *         being cancelled)
     */
    public List<SagaStep> cancel() {
        if (state != SagaState.COMPLETED) {
            throw new BusinessException("ORDER_NOT_CANCELLABLE", BusinessException.Category.CONFLICT,
                    "Only a completed order can be cancelled; this one is " + state.status() + ".");
        }
        state = SagaState.CANCELLING;
        return awaitUndoing(paidFor(Compensation.STOCK_RELEASE));
    }

    /** What a paid order has to undo: its points, its coupon if it has one, and whatever is added. */
    private EnumSet<Compensation> paidFor(Compensation... more) {
        EnumSet<Compensation> undo = EnumSet.of(Compensation.POINTS_REFUND, more);
        if (userCouponId != null) {
            undo.add(Compensation.COUPON_RESTORE);
        }
        return undo;
    }

    private List<SagaStep> pay(long discount) {
        discountAmount = discount;
        paidAmount = Objects.requireNonNull(totalAmount) - discount;
        state = SagaState.PAYING;
        return List.of(SagaStep.USE_POINTS);
    }

    private List<SagaStep> compensate(FailureReason reason, Set<Compensation> undo) {
        failureReason = reason;
        state = SagaState.COMPENSATING;
        return awaitUndoing(undo);
    }

    private List<SagaStep> awaitUndoing(Set<Compensation> undo) {
        awaiting.addAll(undo);
        return awaiting.stream().map(Compensation::step).toList();
    }

    private List<SagaStep> undone(Compensation compensation, Instant at) {
        if (!awaiting.remove(compensation) || !awaiting.isEmpty()) {
            return List.of();
        }
        if (state == SagaState.COMPENSATING) {
            return fail(at);
        }
        state = SagaState.CANCELLED;
        cancelledAt = at;
        return List.of(SagaStep.ANNOUNCE_CANCELLED);
    }

    private List<SagaStep> fail(Instant at) {
        state = SagaState.FAILED;
        failedAt = at;
        return List.of(SagaStep.ANNOUNCE_FAILED);
    }

    private static Map<Long, ProductPrice> byProduct(List<ProductPrice> prices) {
        return prices.stream()
                .collect(Collectors.toMap(ProductPrice::productId, Function.identity(), (first, same) -> first));
    }

    public long orderId() { return orderId; }
    public long userId() { return userId; }
    public List<OrderLine> lines() { return lines; }
    public @Nullable Long userCouponId() { return userCouponId; }
    public SagaState state() { return state; }
    public OrderStatus status() { return state.status(); }
    public @Nullable FailureReason failureReason() { return failureReason; }
    public @Nullable Long totalAmount() { return totalAmount; }
    public @Nullable Long discountAmount() { return discountAmount; }
    public @Nullable Long paidAmount() { return paidAmount; }
    public Set<Compensation> awaiting() { return Set.copyOf(awaiting); }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant completedAt() { return completedAt; }
    public @Nullable Instant failedAt() { return failedAt; }
    public @Nullable Instant cancelledAt() { return cancelledAt; }
}
