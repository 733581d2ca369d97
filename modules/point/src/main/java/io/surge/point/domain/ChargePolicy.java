package io.surge.point.domain;

import io.surge.shared.error.BusinessException;

/**
 * The limits of charging: one charge is 1..{@code maxCharge} points, and a wallet never holds more than
 * {@code maxBalance}. The balance limit is enforced atomically where the balance changes; this policy names it.
 */
public record ChargePolicy(long maxCharge, long maxBalance) {

    public ChargePolicy {
        if (maxCharge < 1 || maxBalance < maxCharge) {
            throw new IllegalArgumentException("need 1 <= maxCharge <= maxBalance");
        }
    }

    /** @throws BusinessException {@code VALIDATION_FAILED} unless 1 <= amount <= maxCharge */
    public void checkChargeAmount(long amount) {
        if (amount < 1 || amount > maxCharge) {
            throw BusinessException.invalidField("amount", "must be between 1 and " + maxCharge);
        }
    }

    /** The largest balance a wallet may have before a charge of {@code amount} for it to be accepted. */
    public long highestBalanceBeforeCharging(long amount) {
        checkChargeAmount(amount);
        return maxBalance - amount;
    }

    public BusinessException balanceLimitExceeded(long amount) {
        return new BusinessException("POINT_BALANCE_LIMIT_EXCEEDED", BusinessException.Category.CONFLICT,
                "Charging " + amount + " points would take the balance above " + maxBalance + ".");
    }
}
