package io.surge.order.port.in;

import java.util.List;

import io.surge.order.domain.FailureReason;
import io.surge.order.domain.ProductPrice;

/**
 * The replies of the other modules, each moving an order's saga one step, in the transaction it is delivered in.
 * Replies that an order does not expect in its current state (duplicates, late arrivals) change nothing.
 */
public interface OrderSagaUseCase {

    void productsQuoted(long orderId, List<ProductPrice> prices);

    void quoteRefused(long orderId, FailureReason reason);

    void couponRedeemed(long orderId, long discount);

    void couponRejected(long orderId);

    void pointsUsed(long orderId);

    void pointsRefused(long orderId);

    void stockReserved(long orderId);

    void stockReservationRejected(long orderId, FailureReason reason);

    void couponRestored(long orderId);

    void pointsRefunded(long orderId);

    void stockReleased(long orderId);
}
