/**
 * The coupon module's published contract: facts it reports ({@code CouponIssued}, streamed to Kafka) and the
 * requests of the order saga it serves ({@code RedeemCoupon}, {@code RestoreCoupon}) with their answers.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package io.surge.coupon.events;
