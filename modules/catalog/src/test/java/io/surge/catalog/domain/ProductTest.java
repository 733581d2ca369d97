package io.surge.catalog.domain;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void stockAndPriceAreNeverNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Product(1, "Pen", 100, -1, NOW, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> new Product(1, "Pen", -1, 0, NOW, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> new Product(0, "Pen", 100, 0, NOW, NOW));
    }

    @Test
    void stockGivenBackByReleasesMayPassTheAdministrativeMaximum() {
        assertThatNoException().isThrownBy(
                () -> new Product(1, "Pen", 100, ProductRules.MAX_STOCK + 5, NOW, NOW));
    }
}
