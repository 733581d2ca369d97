/**
 * Ranking: the best sellers of the last days ({@code GET /api/v1/products/popular}), counted from
 * {@code OrderCompleted} and {@code OrderCancelled}, named from the catalog's {@code ProductRegistered} and
 * {@code ProductChanged}. MySQL holds per-day sales (exactly once per order); Redis holds per-day sorted sets built
 * from them (ADR 0011). It publishes nothing.
 * <p>
 * Where things happen:
 * <ul>
 * <li>REST: {@code adapter.in.web.PopularProductsController} asks {@code application.PopularProductsService}
 * ({@link io.surge.ranking.port.in.GetPopularProductsQuery}), which adds up Redis's days, or MySQL's when Redis
 * fails, and ranks them by {@link io.surge.ranking.domain.Ranking}.</li>
 * <li>Counting: {@code adapter.in.event.OrderSalesListener} hands completed and cancelled orders to
 * {@code application.SalesCountingService}, which counts each once in MySQL ({@code SalesCountingTransaction}),
 * then adds the change to Redis ({@code FastPathIncrements}).</li>
 * <li>Product names and prices: {@code adapter.in.event.ProductProjectionListener} hands the catalog's reports to
 * {@code application.ProductProjectionService}.</li>
 * <li>Redis: {@link io.surge.ranking.port.out.SalesFastPath} ({@code adapter.out.redis.RedissonSalesFastPath});
 * a day's copy is built by {@code application.FastPathRebuilds}, and {@code adapter.in.scheduling.FastPathRepairJob}
 * rebuilds those known to be wrong.</li>
 * <li>Business days: {@link io.surge.ranking.domain.SalesCalendar} says which day a sale belongs to and which days a
 * window spans.</li>
 * <li>Retention: {@code adapter.in.scheduling.RankingExpiredRows} names the old days and orders that
 * {@code application.RankingRetentionService} purges.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ranking", allowedDependencies = { "shared", "order::events", "catalog::events" })
@org.jspecify.annotations.NullMarked
package io.surge.ranking;
