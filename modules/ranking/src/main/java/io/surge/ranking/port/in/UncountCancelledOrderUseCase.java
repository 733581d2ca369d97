package io.surge.ranking.port.in;

public interface UncountCancelledOrderUseCase {

    /**
     * Subtracts a counted order's units from the day they were added to, exactly once; a cancellation that arrives
     * before its completion is remembered, so the completion is never counted.
     */
    void uncount(UncountCancelledOrderCommand command);
}
