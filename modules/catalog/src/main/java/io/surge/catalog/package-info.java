/**
 * Catalog: products with exact stock (registration, changes, stock adjustments, reads), and the stock steps of
 * the order saga ({@code ReserveStock}, {@code ReleaseStock}). Its only API is the {@code events} package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = "shared")
package io.surge.catalog;
