/**
 * Ranking: the best sellers of the last days ({@code GET /api/v1/products/popular}), counted from
 * {@code OrderCompleted} and {@code OrderCancelled}, named from the catalog's {@code ProductRegistered} and
 * {@code ProductChanged}. MySQL holds per-day sales (exactly once per order); Redis holds per-day sorted sets built
 * from them (ADR 0011). It publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ranking", allowedDependencies = { "shared", "order::events", "catalog::events" })
@org.jspecify.annotations.NullMarked
package io.surge.ranking;
