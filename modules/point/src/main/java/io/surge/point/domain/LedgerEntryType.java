package io.surge.point.domain;

/**
 * Why a wallet's balance changed. The sign of each kind is what makes the ledger sum to the balance.
 */
public enum LedgerEntryType {

    CHARGE(1), USE(-1), REFUND(1);

    private final int sign;

    LedgerEntryType(int sign) {
        this.sign = sign;
    }

    /** The entry's effect on the balance. */
    public long signed(long amount) {
        return sign * amount;
    }
}
