package io.surge.ranking.port.in;

/**
 * Deletes the ranking's rows that nothing needs any more (ADR 0018), one batch per call: a day's sales and state
 * once no window can reach the day, and an order ranking has heard of once its day is out of reach and no delivery
 * of its events can still come, both {@code surge.ranking.retention.window} after. The product projection stays.
 */
public interface PurgeExpiredRowsUseCase {

    /** Deletes at most {@code limit} orders last changed longer than the window ago; returns how many. */
    int purgeCountedOrders(int limit);

    /** Deletes at most {@code limit} per-product sales rows of days older than the window; returns how many. */
    int purgeDailySales(int limit);

    /** Deletes at most {@code limit} day states of days older than the window; returns how many. */
    int purgeSalesDays(int limit);
}
