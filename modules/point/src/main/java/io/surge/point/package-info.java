/**
 * Point wallet: charge, balance and history, and the payment steps of the order saga ({@code UsePoints},
 * {@code RefundPoints}). Its only API is the {@code events} package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Point", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package io.surge.point;
