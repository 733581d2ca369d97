package io.surge.point.port.in;

import io.surge.point.domain.LedgerEntry;

public interface ChargePointsUseCase {

    /**
     * @return the ledger entry of the charge, with the balance it left
     * @throws io.surge.shared.error.BusinessException {@code VALIDATION_FAILED} for an amount out of bounds,
     *         {@code POINT_BALANCE_LIMIT_EXCEEDED} when the balance would pass its limit
     */
    LedgerEntry charge(ChargePointsCommand command);
}
