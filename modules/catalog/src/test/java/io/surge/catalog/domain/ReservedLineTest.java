package io.surge.catalog.domain;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ReservedLineTest {

    @Test
    void aReservedLineHoldsAtLeastOneUnitAtAPriceThatIsNotNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReservedLine(1, 0, 100));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReservedLine(1, 1, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReservedLine(0, 1, 100));
    }

    @Test
    void aQuotedLineHoldsAtLeastOneUnitAtAPriceThatIsNotNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QuotedLine(1, "Pen", 100, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new QuotedLine(1, "Pen", -1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new QuotedLine(0, "Pen", 100, 1));
    }
}
