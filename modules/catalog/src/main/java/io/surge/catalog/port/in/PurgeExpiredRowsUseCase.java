package io.surge.catalog.port.in;

/**
 * Deletes the catalog's rows that nothing needs any more (ADR 0018), one batch per call. Products stay, and so does
 * what a completed order reserved (its RESERVED outcome and lines): a cancellation, whenever it comes, gives exactly
 * that back. A settled outcome (REJECTED, or RELEASED with its lines) only answers redelivered requests and goes
 * {@code surge.catalog.retention.window} after it settled.
 */
public interface PurgeExpiredRowsUseCase {

    /** Deletes at most {@code limit} settled outcomes older than the window, with their lines; returns how many. */
    int purgeSettledReservations(int limit);
}
