/**
 * Orders: order-and-pay in one call, orchestrating the saga over catalog, coupon and point events.
 * Not built yet: this module is an empty shell until its issue lands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order", allowedDependencies = { "shared", "catalog::events", "coupon::events", "point::events" })
package io.surge.order;
