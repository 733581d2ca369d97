/**
 * Catalog: products with exact stock (registration, changes, stock adjustments, reads), and the stock steps of
 * the order saga ({@code QuoteProducts}, {@code ReserveStock}, {@code ReleaseStock}, served in the order's transaction). Its only API is the {@code events} package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package io.surge.catalog;
