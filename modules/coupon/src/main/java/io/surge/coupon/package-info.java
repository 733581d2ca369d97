/**
 * Coupons: definitions, first-come issuance behind a Redis gate with MySQL as the source of truth, and the coupon
 * steps of the order saga ({@code RedeemCoupon}, {@code RestoreCoupon}). Its only API is the {@code events} package.
 * See ADR 0008 for the issue gate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coupon", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package io.surge.coupon;
