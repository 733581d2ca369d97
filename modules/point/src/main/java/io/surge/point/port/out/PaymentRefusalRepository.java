package io.surge.point.port.out;

import java.time.Instant;

import io.surge.point.domain.PaymentRefusal;

public interface PaymentRefusalRepository {

    /** Fails if the order already has a refusal, which rolls back the caller's transaction. */
    void save(PaymentRefusal refusal);

    /** Deletes at most {@code limit} refusals made before {@code cutoff}, oldest first; returns how many. */
    int deleteRefusedBefore(Instant cutoff, int limit);
}
