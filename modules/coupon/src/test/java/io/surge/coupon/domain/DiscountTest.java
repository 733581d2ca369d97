package io.surge.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscountTest {

    @ParameterizedTest(name = "{0} won off {1} → {2}")
    @CsvSource({ "3000, 10000, 3000", "3000, 3000, 3000", "5000, 3000, 3000", "1, 0, 0" })
    void aFixedDiscountTakesItsValueButNeverMoreThanTheOrder(long value, long orderAmount, long expected) {
        assertThat(new Discount(DiscountType.FIXED, value, null).amountFor(orderAmount)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}% of {1} → {2}")
    @CsvSource({ "10, 10000, 1000", "15, 9999, 1499", "33, 100, 33", "33, 101, 33", "1, 99, 0", "100, 12345, 12345",
            "7, 0, 0" })
    void aPercentDiscountIsRoundedDown(long percent, long orderAmount, long expected) {
        assertThat(new Discount(DiscountType.PERCENT, percent, null).amountFor(orderAmount)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}% of {1} capped at {2} → {3}")
    @CsvSource({ "15, 9999, 1000, 1000", "15, 6000, 1000, 900", "50, 100000, 20000, 20000", "100, 500, 20000, 500" })
    void aPercentDiscountIsCappedByItsMaximum(long percent, long orderAmount, long cap, long expected) {
        assertThat(new Discount(DiscountType.PERCENT, percent, cap).amountFor(orderAmount)).isEqualTo(expected);
    }

    @Test
    void aPercentOfAHugeOrderDoesNotOverflow() {
        long huge = Long.MAX_VALUE - 7;
        long expected = java.math.BigInteger.valueOf(huge).multiply(java.math.BigInteger.valueOf(37))
                .divide(java.math.BigInteger.valueOf(100)).longValueExact();

        assertThat(new Discount(DiscountType.PERCENT, 37, null).amountFor(huge)).isEqualTo(expected);
    }

    @Test
    void aFullDiscountMakesAFreeOrderNeverANegativeOne() {
        assertThat(new Discount(DiscountType.PERCENT, 100, null).amountFor(8_000)).isEqualTo(8_000);
        assertThat(new Discount(DiscountType.FIXED, 1_000_000, null).amountFor(8_000)).isEqualTo(8_000);
    }

    @Test
    void refusesImpossibleDiscounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Discount(DiscountType.PERCENT, 0, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Discount(DiscountType.PERCENT, 101, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Discount(DiscountType.FIXED, 0, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Discount(DiscountType.FIXED, 10, 5L));
        assertThatIllegalArgumentException().isThrownBy(() -> new Discount(DiscountType.PERCENT, 10, 0L));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Discount(DiscountType.FIXED, 10, null).amountFor(-1));
    }
}
