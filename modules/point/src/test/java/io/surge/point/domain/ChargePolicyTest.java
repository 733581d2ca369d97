package io.surge.point.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.surge.shared.error.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChargePolicyTest {

    private final ChargePolicy policy = new ChargePolicy(1_000, 5_000);

    @ParameterizedTest
    @ValueSource(longs = { 1, 999, 1_000 })
    void acceptsAmountsWithinBounds(long amount) {
        assertThat(policy.highestBalanceBeforeCharging(amount)).isEqualTo(5_000 - amount);
    }

    @ParameterizedTest
    @ValueSource(longs = { Long.MIN_VALUE, -1, 0, 1_001, Long.MAX_VALUE })
    void refusesAmountsOutOfBoundsAsInvalidInput(long amount) {
        assertThatThrownBy(() -> policy.checkChargeAmount(amount))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(refused.violations()).singleElement()
                            .satisfies(violation -> assertThat(violation.field()).isEqualTo("amount"));
                });
    }

    @Test
    void namesTheBalanceLimitAsAConflict() {
        BusinessException refused = policy.balanceLimitExceeded(10);
        assertThat(refused.code()).isEqualTo("POINT_BALANCE_LIMIT_EXCEEDED");
        assertThat(refused.category()).isEqualTo(BusinessException.Category.CONFLICT);
    }

    @Test
    void aBalanceLimitBelowTheLargestChargeIsAMisconfiguration() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChargePolicy(10, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChargePolicy(0, 5));
    }
}
