package io.surge.order.port.in;

import java.time.Duration;

import io.surge.order.domain.Order;

public interface AwaitOrderQuery {

    /**
     * Waits until the order's saga has settled (COMPLETED, FAILED or CANCELLED) or the timeout passes, without
     * holding a platform thread (callers run on virtual threads), and returns the order as it then is.
     */
    Order awaitSettled(long orderId, Duration timeout);
}
