package io.surge.point.port.out;

import java.util.Optional;
import java.util.OptionalLong;

import io.surge.point.domain.Wallet;

/**
 * Wallet balances. Every change is one atomic conditional update of the balance (never read, compute and
 * write), inside the caller's transaction; the caller writes the matching ledger entry in that transaction.
 */
public interface WalletRepository {

    Optional<Wallet> find(long userId);

    /** The wallet, its row locked until the transaction ends; empty (and nothing locked) if the user has none. */
    Optional<Wallet> findForUpdate(long userId);

    /**
     * Creates the wallet if needed and holds its row lock until the transaction ends, so payment steps for one
     * user run one after another and each sees what the previous one committed.
     */
    void lock(long userId);

    /**
     * Adds {@code amount} if the balance is at most {@code highestBalanceBefore}, creating the wallet if needed.
     *
     * @return the balance after, or empty when the condition failed (nothing changed)
     */
    OptionalLong credit(long userId, long amount, long highestBalanceBefore);

    /**
     * Takes {@code amount} if the wallet holds at least that much.
     *
     * @param locked the wallet as {@link #findForUpdate} returned it in this transaction, so its balance is current
     * @return the balance after, or empty when the wallet holds less (nothing changed)
     */
    OptionalLong debit(Wallet locked, long amount);
}
