package io.surge.point.domain;

/**
 * A user's point balance. A user who never charged has an empty wallet.
 */
public record Wallet(long userId, long balance) {

    public static Wallet empty(long userId) {
        return new Wallet(userId, 0);
    }
}
