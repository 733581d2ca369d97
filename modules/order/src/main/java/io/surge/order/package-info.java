/**
 * Orders: order and pay in one call. Orchestrates the saga over the catalog, coupon and point modules using
 * only their published events (reserve stock, redeem coupon, use points; compensate on refusal; refund on
 * cancellation). Its only API is the {@code events} package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order",
        allowedDependencies = { "shared", "catalog::events", "coupon::events", "point::events" })
@org.jspecify.annotations.NullMarked
package io.surge.order;
