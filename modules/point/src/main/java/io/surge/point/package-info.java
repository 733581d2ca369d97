/**
 * Point wallet: charge, balance and history, and the payment steps of the order saga ({@code UsePoints},
 * {@code RefundPoints}). Its only API is the {@code events} package.
 * <p>
 * Where things happen:
 * <ul>
 * <li>REST: {@code adapter.in.web.PointController} shows the balance and history and charges points (honouring an
 * {@code Idempotency-Key}).</li>
 * <li>Charging: {@code application.ChargePointsService} ({@link io.surge.point.port.in.ChargePointsUseCase}) within
 * the limits of {@link io.surge.point.domain.ChargePolicy}; reads: {@code application.PointQueries}.</li>
 * <li>The saga's steps: {@code adapter.in.event.PointSagaListener} hands them to
 * {@code application.UsePointsService} (pays for an order or refuses, once) and
 * {@code application.RefundPointsService} (gives back what the order paid, once).</li>
 * <li>Storage: the balance in {@link io.surge.point.port.out.WalletRepository}, every change of it in
 * {@link io.surge.point.port.out.LedgerRepository}, refused payments in
 * {@link io.surge.point.port.out.PaymentRefusalRepository}.</li>
 * <li>Events: {@code adapter.out.event.SpringPointEventPublisher} ({@link io.surge.point.port.out.PointEventPublisher})
 * answers the saga and reports {@link io.surge.point.events.PointsCharged}, which also goes to Kafka, whose topic
 * {@code adapter.out.event.PointTopics} declares.</li>
 * <li>Retention: {@code adapter.in.scheduling.PointExpiredRows} names the refused payments that
 * {@code application.PointRetentionService} purges.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Point", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package io.surge.point;
