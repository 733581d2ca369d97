package io.surge.order.adapter.out.persistence;

import static io.surge.order.adapter.out.persistence.jooq.Tables.ORDERS;
import static io.surge.order.adapter.out.persistence.jooq.Tables.ORDER_LINE;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.surge.order.adapter.out.persistence.jooq.tables.records.OrderLineRecord;
import io.surge.order.adapter.out.persistence.jooq.tables.records.OrdersRecord;
import io.surge.order.domain.Compensation;
import io.surge.order.domain.Order;
import io.surge.order.domain.OrderLine;
import io.surge.order.domain.OrderRequest;
import io.surge.order.port.out.OrderRepository;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

@Repository
class JooqOrderRepository implements OrderRepository {

    private final DSLContext dsl;

    JooqOrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Order add(OrderRequest request, Instant placedAt) {
        Order placed = Order.place(0, request, placedAt);
        long orderId = dsl.insertInto(ORDERS)
                .set(ORDERS.USER_ID, request.userId())
                .set(ORDERS.SAGA_STATE, placed.state())
                .set(ORDERS.USER_COUPON_ID, request.userCouponId())
                .set(ORDERS.AWAITING_STOCK_RELEASE, false)
                .set(ORDERS.AWAITING_COUPON_RESTORE, false)
                .set(ORDERS.AWAITING_POINTS_REFUND, false)
                .set(ORDERS.CREATED_AT, placedAt)
                .returningResult(ORDERS.ORDER_ID)
                .fetchSingle()
                .value1();
        return Order.place(orderId, request, placedAt);
    }

    @Override
    public Optional<Order> find(long orderId) {
        return dsl.selectFrom(ORDERS).where(ORDERS.ORDER_ID.eq(orderId)).fetchOptional().map(this::withLines);
    }

    @Override
    public Optional<Order> findForUpdate(long orderId) {
        return dsl.selectFrom(ORDERS).where(ORDERS.ORDER_ID.eq(orderId)).forUpdate().fetchOptional()
                .map(this::withLines);
    }

    @Override
    public void update(Order order) {
        Set<Compensation> awaiting = order.awaiting();
        dsl.update(ORDERS)
                .set(ORDERS.SAGA_STATE, order.state())
                .set(ORDERS.FAILURE_REASON, order.failureReason())
                .set(ORDERS.TOTAL_AMOUNT, order.totalAmount())
                .set(ORDERS.DISCOUNT_AMOUNT, order.discountAmount())
                .set(ORDERS.PAID_AMOUNT, order.paidAmount())
                .set(ORDERS.AWAITING_STOCK_RELEASE, awaiting.contains(Compensation.STOCK_RELEASE))
                .set(ORDERS.AWAITING_COUPON_RESTORE, awaiting.contains(Compensation.COUPON_RESTORE))
                .set(ORDERS.AWAITING_POINTS_REFUND, awaiting.contains(Compensation.POINTS_REFUND))
                .set(ORDERS.COMPLETED_AT, order.completedAt())
                .set(ORDERS.FAILED_AT, order.failedAt())
                .set(ORDERS.CANCELLED_AT, order.cancelledAt())
                .where(ORDERS.ORDER_ID.eq(order.orderId()))
                .execute();
    }

    @Override
    public void saveLines(Order order) {
        var upsert = dsl.insertInto(ORDER_LINE, ORDER_LINE.ORDER_ID, ORDER_LINE.PRODUCT_ID, ORDER_LINE.QUANTITY,
                ORDER_LINE.NAME, ORDER_LINE.UNIT_PRICE);
        for (OrderLine line : order.lines()) {
            upsert = upsert.values(order.orderId(), line.productId(), line.quantity(), line.name(), line.unitPrice());
        }
        upsert.onDuplicateKeyUpdate()
                .set(ORDER_LINE.NAME, DSL.excluded(ORDER_LINE.NAME))
                .set(ORDER_LINE.UNIT_PRICE, DSL.excluded(ORDER_LINE.UNIT_PRICE))
                .execute();
    }

    @Override
    public Page<Order> findByUserNewestFirst(long userId, PageRequest page) {
        Long before = page.after();
        Page<OrdersRecord> rows = page.pageOf(dsl.selectFrom(ORDERS)
                .where(ORDERS.USER_ID.eq(userId))
                .and(before == null ? DSL.noCondition() : ORDERS.ORDER_ID.lt(before))
                .orderBy(ORDERS.ORDER_ID.desc())
                .limit(page.limit())
                .fetch(), OrdersRecord::getOrderId);
        Map<Long, Result<OrderLineRecord>> lines = dsl.selectFrom(ORDER_LINE)
                .where(ORDER_LINE.ORDER_ID.in(rows.items().stream().map(OrdersRecord::getOrderId).toList()))
                .orderBy(ORDER_LINE.PRODUCT_ID)
                .fetchGroups(ORDER_LINE.ORDER_ID);
        return rows.map(row -> toOrder(row, lines.getOrDefault(row.getOrderId(), dsl.newResult(ORDER_LINE))));
    }

    private Order withLines(OrdersRecord row) {
        return toOrder(row, dsl.selectFrom(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(row.getOrderId()))
                .orderBy(ORDER_LINE.PRODUCT_ID).fetch());
    }

    private static Order toOrder(OrdersRecord row, List<OrderLineRecord> lines) {
        EnumSet<Compensation> awaiting = EnumSet.noneOf(Compensation.class);
        if (row.getAwaitingStockRelease()) {
            awaiting.add(Compensation.STOCK_RELEASE);
        }
        if (row.getAwaitingCouponRestore()) {
            awaiting.add(Compensation.COUPON_RESTORE);
        }
        if (row.getAwaitingPointsRefund()) {
            awaiting.add(Compensation.POINTS_REFUND);
        }
        return Order.restore(new Order.Snapshot(row.getOrderId(), row.getUserId(),
                lines.stream().map(line -> new OrderLine(line.getProductId(), line.getQuantity(), line.getName(),
                        line.getUnitPrice())).toList(),
                row.getUserCouponId(), row.getSagaState(), row.getFailureReason(),
                row.getTotalAmount(), row.getDiscountAmount(), row.getPaidAmount(), awaiting,
                row.getCreatedAt(), row.getCompletedAt(), row.getFailedAt(), row.getCancelledAt()));
    }

}
