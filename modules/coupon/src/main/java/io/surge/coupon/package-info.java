/**
 * Coupons: definitions, first-come issuance behind a Redis gate with MySQL as the source of truth, and the coupon
 * steps of the order saga ({@code RedeemCoupon}, {@code RestoreCoupon}). Its only API is the {@code events} package.
 * See ADR 0008 for the issue gate.
 * <p>
 * Where things happen:
 * <ul>
 * <li>REST: {@code adapter.in.web.CouponController} creates and shows coupons;
 * {@code adapter.in.web.UserCouponController} issues a coupon to a user and lists what the user holds.</li>
 * <li>Definitions: {@code application.CreateCouponService} stores what
 * {@link io.surge.coupon.domain.CouponTerms#define} accepts.</li>
 * <li>Issuing: {@code application.IssueCouponService} ({@link io.surge.coupon.port.in.IssueCouponUseCase}) asks the
 * gate ({@link io.surge.coupon.port.out.CouponGate}, in Redis {@code adapter.out.redis.RedissonCouponGate}), then
 * {@code application.CouponIssueTransaction} commits the user's coupon, the issued count and
 * {@link io.surge.coupon.events.CouponIssued}.</li>
 * <li>Gate repair: {@code adapter.in.scheduling.CouponGateReconciliationJob} runs
 * {@code application.ReconcileCouponGatesService}, which frees lost admissions and puts back missing winners.</li>
 * <li>The saga's steps: {@code adapter.in.event.CouponSagaListener} hands them to
 * {@code application.RedeemCouponService} and {@code application.RestoreCouponService}, each answering once.</li>
 * <li>Events: {@code adapter.out.event.SpringCouponEventPublisher}
 * ({@link io.surge.coupon.port.out.CouponEventPublisher}) answers the saga and reports issued coupons, which also go
 * to Kafka, whose topic {@code adapter.out.event.CouponTopics} declares.</li>
 * <li>Counters: {@code adapter.out.metrics.MicrometerCouponIssueMetrics}; retention:
 * {@code adapter.in.scheduling.CouponExpiredRows} names the settled redemptions that
 * {@code application.CouponRetentionService} purges.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coupon", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package io.surge.coupon;
