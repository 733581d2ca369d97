package io.surge.point.port.in;

/**
 * Pay an order with points. {@code amount} may be 0 (an order fully covered by a coupon).
 */
public record UsePointsCommand(long orderId, long userId, long amount) {

    public UsePointsCommand {
        if (orderId < 1 || userId < 1 || amount < 0) {
            throw new IllegalArgumentException("orderId and userId are positive, amount is not negative");
        }
    }
}
