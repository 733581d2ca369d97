package io.surge.point.port.out;

import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.PaymentRefusal;

/**
 * Reports what happened to wallets, in the transaction of the change (the outbox delivers it after commit).
 */
public interface PointEventPublisher {

    void charged(LedgerEntry charge);

    void used(LedgerEntry use);

    void refused(PaymentRefusal refusal);

    void refunded(LedgerEntry refund);
}
