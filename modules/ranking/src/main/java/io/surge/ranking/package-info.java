/**
 * Ranking: best sellers of the last days, from completed and cancelled orders.
 * Not built yet: this module is an empty shell until its issue lands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ranking", allowedDependencies = { "shared", "order::events", "catalog::events" })
package io.surge.ranking;
