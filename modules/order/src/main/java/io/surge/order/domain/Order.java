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
 * the state that expects it (a duplicate or late reply changes nothing) and names the steps to take next.
 * <pre>
 * RESERVING_STOCK -> (coupon? REDEEMING_COUPON) -> PAYING -> COMPLETED -> CANCELLING -> CANCELLED
 *        \ rejected -> FAILED     \ rejected -> COMPENSATING -> FAILED (once stock and coupon are back)
 * </pre>
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

    private Order(long orderId, long userId, List<OrderLine> lines, @Nullable Long userCouponId, SagaState state,
            @Nullable FailureReason failureReason, @Nullable Long totalAmount, @Nullable Long discountAmount,
            @Nullable Long paidAmount, Set<Compensation> awaiting, Instant createdAt, @Nullable Instant completedAt,
            @Nullable Instant failedAt, @Nullable Instant cancelledAt) {
        this.orderId = orderId;
        this.userId = userId;
        this.lines = List.copyOf(lines);
        this.userCouponId = userCouponId;
        this.state = Objects.requireNonNull(state);
        this.failureReason = failureReason;
        this.totalAmount = totalAmount;
        this.discountAmount = discountAmount;
        this.paidAmount = paidAmount;
        this.awaiting = awaiting.isEmpty() ? EnumSet.noneOf(Compensation.class) : EnumSet.copyOf(awaiting);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.completedAt = completedAt;
        this.failedAt = failedAt;
        this.cancelledAt = cancelledAt;
    }

    /** A newly placed order; its first step is {@link SagaStep#RESERVE_STOCK}. */
    public static Order place(long orderId, OrderRequest request, Instant at) {
        return new Order(orderId, request.userId(), request.lines(), request.userCouponId(),
                SagaState.RESERVING_STOCK, null, null, null, null, Set.of(), at, null, null, null);
    }

    /** An order as it was stored. */
    public static Order restore(long orderId, long userId, List<OrderLine> lines, @Nullable Long userCouponId,
            SagaState state, @Nullable FailureReason failureReason, @Nullable Long totalAmount,
            @Nullable Long discountAmount, @Nullable Long paidAmount, Set<Compensation> awaiting, Instant createdAt,
            @Nullable Instant completedAt, @Nullable Instant failedAt, @Nullable Instant cancelledAt) {
        return new Order(orderId, userId, lines, userCouponId, state, failureReason, totalAmount, discountAmount,
                paidAmount, awaiting, createdAt, completedAt, failedAt, cancelledAt);
    }

    /** Catalog reserved every line, at these names and prices. */
    public List<SagaStep> stockReserved(List<ProductPrice> prices) {
        if (state != SagaState.RESERVING_STOCK) {
            return List.of();
        }
        Map<Long, ProductPrice> byProduct = prices.stream()
                .collect(Collectors.toMap(ProductPrice::productId, Function.identity(), (first, same) -> first));
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

    public List<SagaStep> stockReservationRejected(FailureReason reason, Instant at) {
        if (state != SagaState.RESERVING_STOCK) {
            return List.of();
        }
        failureReason = reason;
        return fail(at); // all or nothing: no stock was reserved, nothing to undo
    }

    public List<SagaStep> couponRedeemed(long discount) {
        if (state != SagaState.REDEEMING_COUPON) {
            return List.of();
        }
        return pay(Math.min(Math.max(discount, 0), Objects.requireNonNull(totalAmount)));
    }

    public List<SagaStep> couponRejected() {
        if (state != SagaState.REDEEMING_COUPON) {
            return List.of();
        }
        return compensate(FailureReason.COUPON_NOT_USABLE, EnumSet.of(Compensation.STOCK_RELEASE));
    }

    public List<SagaStep> pointsUsed(Instant at) {
        if (state != SagaState.PAYING) {
            return List.of();
        }
        state = SagaState.COMPLETED;
        completedAt = at;
        return List.of(SagaStep.ANNOUNCE_COMPLETED);
    }

    public List<SagaStep> pointsRefused() {
        if (state != SagaState.PAYING) {
            return List.of();
        }
        EnumSet<Compensation> undo = EnumSet.of(Compensation.STOCK_RELEASE);
        if (userCouponId != null) {
            undo.add(Compensation.COUPON_RESTORE);
        }
        return compensate(FailureReason.INSUFFICIENT_POINTS, undo);
    }

    public List<SagaStep> stockReleased(Instant at) {
        return undone(Compensation.STOCK_RELEASE, at);
    }

    public List<SagaStep> couponRestored(Instant at) {
        return undone(Compensation.COUPON_RESTORE, at);
    }

    public List<SagaStep> pointsRefunded(Instant at) {
        return undone(Compensation.POINTS_REFUND, at);
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
        awaiting.addAll(EnumSet.of(Compensation.POINTS_REFUND, Compensation.STOCK_RELEASE));
        List<SagaStep> steps = new ArrayList<>(List.of(SagaStep.REFUND_POINTS, SagaStep.RELEASE_STOCK));
        if (userCouponId != null) {
            awaiting.add(Compensation.COUPON_RESTORE);
            steps.add(SagaStep.RESTORE_COUPON);
        }
        return steps;
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
        awaiting.addAll(undo);
        return undo.stream().map(compensation -> switch (compensation) {
            case STOCK_RELEASE -> SagaStep.RELEASE_STOCK;
            case COUPON_RESTORE -> SagaStep.RESTORE_COUPON;
            case POINTS_REFUND -> SagaStep.REFUND_POINTS;
        }).toList();
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
