package io.surge.point.port.in;

/**
 * Deletes the point module's rows that nothing needs any more (ADR 0018), one batch per call: the wallet and its
 * ledger are history and stay; refusals of payments only answer redelivered requests and go after
 * {@code surge.point.retention.window}.
 */
public interface PurgeExpiredRowsUseCase {

    /** Deletes at most {@code limit} refusals decided longer than the window ago, oldest first; returns how many. */
    int purgePaymentRefusals(int limit);
}
