package io.surge.point.port.in;

/**
 * Charge {@code amount} points to a user's wallet. The amount's upper bound is configuration
 * ({@code surge.point.max-charge}), so it is checked by the use case's policy, not here.
 */
public record ChargePointsCommand(long userId, long amount) {

    public ChargePointsCommand {
        if (userId < 1) {
            throw new IllegalArgumentException("userId must be positive");
        }
    }
}
