/**
 * Catalog: products, exact stock and stock reservations for the order saga.
 * Not built yet: this module is an empty shell until its issue lands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = "shared")
package io.surge.catalog;
