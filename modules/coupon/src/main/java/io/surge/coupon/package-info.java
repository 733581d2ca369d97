/**
 * Coupons: definitions, first-come issuance behind a Redis gate, and redemption for the order saga.
 * Not built yet: this module is an empty shell until its issue lands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coupon", allowedDependencies = "shared")
package io.surge.coupon;
