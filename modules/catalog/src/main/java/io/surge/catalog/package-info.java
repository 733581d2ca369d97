/**
 * Catalog: products with exact stock (registration, changes, stock adjustments, reads), and the stock steps of
 * the order saga ({@code QuoteProducts}, {@code ReserveStock}, {@code ReleaseStock}, served in the order's
 * transaction). Its only API is the {@code events} package.
 * <p>
 * Where things happen:
 * <ul>
 * <li>REST: {@code adapter.in.web.ProductController} serves the public reads;
 * {@code adapter.in.web.ProductAdminController} registers and changes products and adjusts their stock.</li>
 * <li>Administration: {@code application.RegisterProductService}, {@code application.ChangeProductService} and
 * {@code application.AdjustStockService}; reads: {@code application.CatalogQueries}.</li>
 * <li>The saga's steps: {@code adapter.in.event.CatalogSagaListener} hands them to
 * {@code application.QuoteProductsService} (prices an order, locks nothing), {@code application.ReserveStockService}
 * (takes every line at its quoted price or none, once) and {@code application.ReleaseStockService} (gives back what was taken, once).</li>
 * <li>Stock changes only in {@link io.surge.catalog.port.out.ProductRepository}
 * ({@code adapter.out.persistence.JooqProductRepository}), one atomic update at a time; what each order reserved
 * and released is in {@link io.surge.catalog.port.out.StockReservationRepository}.</li>
 * <li>Events: {@code adapter.out.event.SpringCatalogEventPublisher}
 * ({@link io.surge.catalog.port.out.CatalogEventPublisher}) answers the saga at once and reports
 * {@link io.surge.catalog.events.ProductRegistered} and {@link io.surge.catalog.events.ProductChanged} to ranking
 * through the outbox; nothing goes to Kafka.</li>
 * <li>Retention: {@code adapter.in.scheduling.CatalogExpiredRows} names the settled reservation outcomes that
 * {@code application.CatalogRetentionService} purges.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package io.surge.catalog;
