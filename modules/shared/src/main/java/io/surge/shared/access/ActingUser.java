package io.surge.shared.access;

/**
 * Who a request acts as: the user its bearer token names, and whether that token carries the admin scope. Web
 * adapters hand it to the use cases that load a thing by its own id (an order) and must not show it to strangers.
 *
 * @param userId the token's subject
 * @param admin whether the token grants the admin role
 */
public record ActingUser(long userId, boolean admin) {

    public static ActingUser user(long userId) {
        return new ActingUser(userId, false);
    }

    public static ActingUser admin(long userId) {
        return new ActingUser(userId, true);
    }

    /** Whether this user may see and change what {@code ownerId} owns: their own things, or anything as admin. */
    public boolean mayAccessWhatIsOwnedBy(long ownerId) {
        return admin || userId == ownerId;
    }
}
