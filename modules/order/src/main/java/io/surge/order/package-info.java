/**
 * Orders: order and pay in one call. Orchestrates the saga over the catalog, coupon and point modules using
 * only their published events (reserve stock, redeem coupon, use points; compensate on refusal; refund on
 * cancellation). Its only API is the {@code events} package.
 * <p>
 * Where things happen:
 * <ul>
 * <li>REST: {@code adapter.in.web.OrderController} places orders (honouring an {@code Idempotency-Key}), reads,
 * lists and cancels them.</li>
 * <li>Placing: {@code application.PlaceOrderService} ({@link io.surge.order.port.in.PlaceOrderUseCase}) stores the
 * order PENDING and runs its whole saga in one transaction, inside a savepoint that undoes what the other modules
 * did for an order refused later on (ADR 0013).</li>
 * <li>The saga's state machine is {@link io.surge.order.domain.Order}, one method per reply: an order becomes
 * COMPLETED in {@link io.surge.order.domain.Order#stockReserved}, and FAILED on a refusal, at once when nothing was
 * done for it yet, else in {@link io.surge.order.domain.Order#undoneAtOnce} once the savepoint is rolled back.</li>
 * <li>Replies: {@code adapter.in.event.OrderSagaListener} hands each reply of catalog, coupon and point to
 * {@code application.OrderSagaService}, which applies it to the order and sends the steps it names.</li>
 * <li>Requests and announcements: {@code adapter.out.event.SagaEventPublisher}
 * ({@link io.surge.order.port.out.OrderSagaMessages}) turns each {@link io.surge.order.domain.SagaStep} into the
 * other module's request event or one of this module's events.</li>
 * <li>Cancellation: {@code application.CancelOrderService} ({@link io.surge.order.port.in.CancelOrderUseCase})
 * sends the compensations of {@link io.surge.order.domain.Order#cancel()} in one transaction; the order becomes
 * CANCELLED when the last of them (the stock release) is answered.</li>
 * <li>Events: {@link io.surge.order.events.OrderPlaced}, {@link io.surge.order.events.OrderCompleted},
 * {@link io.surge.order.events.OrderFailed} and {@link io.surge.order.events.OrderCancelled}; the completed and
 * cancelled ones also go to Kafka, whose topics {@code adapter.out.event.OrderTopics} declares.</li>
 * <li>Reads: {@code application.OrderQueries} ({@link io.surge.order.port.in.GetOrderQuery}); storage:
 * {@code adapter.out.persistence.JooqOrderRepository}; counters:
 * {@code adapter.out.metrics.MicrometerOrderMetrics}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order",
        allowedDependencies = { "shared", "catalog::events", "coupon::events", "point::events" })
@org.jspecify.annotations.NullMarked
package io.surge.order;
