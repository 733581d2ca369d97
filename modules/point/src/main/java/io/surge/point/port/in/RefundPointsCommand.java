package io.surge.point.port.in;

/**
 * Give back what an order paid with points.
 */
public record RefundPointsCommand(long orderId, long userId) {

    public RefundPointsCommand {
        if (orderId < 1 || userId < 1) {
            throw new IllegalArgumentException("orderId and userId are positive");
        }
    }
}
