package io.surge.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.surge.shared.error.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "a", "Mechanical keyboard", "  padded  ", "한정판 스니커즈 👟" })
    void acceptsNamesThatAreNotBlank(String name) {
        assertThat(ProductRules.checkName(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " ", "\t\n" })
    void refusesBlankNames(String name) {
        assertInvalid(() -> ProductRules.checkName(name), "name");
    }

    @Test
    void countsTheNameInCharactersAsTheDatabaseDoes() {
        assertThat(ProductRules.checkName("x".repeat(200))).hasSize(200);
        assertThat(ProductRules.checkName("👟".repeat(200))).hasSize(400); // 200 characters, 400 UTF-16 units
        assertInvalid(() -> ProductRules.checkName("x".repeat(201)), "name");
        assertInvalid(() -> ProductRules.checkName("👟".repeat(201)), "name");
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 1, 100_000_000 })
    void acceptsPricesWithinBounds(long price) {
        assertThat(ProductRules.checkPrice(price)).isEqualTo(price);
    }

    @ParameterizedTest
    @ValueSource(longs = { Long.MIN_VALUE, -1, 100_000_001, Long.MAX_VALUE })
    void refusesPricesOutOfBounds(long price) {
        assertInvalid(() -> ProductRules.checkPrice(price), "price");
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 1, 1_000_000_000 })
    void acceptsStockWithinBounds(long stock) {
        assertThat(ProductRules.checkStock(stock)).isEqualTo(stock);
    }

    @ParameterizedTest
    @ValueSource(longs = { Long.MIN_VALUE, -1, 1_000_000_001 })
    void refusesStockOutOfBounds(long stock) {
        assertInvalid(() -> ProductRules.checkStock(stock), "stock");
    }

    @ParameterizedTest
    @ValueSource(longs = { -1_000_000_000, -1, 1, 1_000_000_000 })
    void acceptsAdjustmentsEitherWay(long delta) {
        assertThat(ProductRules.checkAdjustment(delta)).isEqualTo(delta);
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, -1_000_000_001, 1_000_000_001, Long.MIN_VALUE, Long.MAX_VALUE })
    void refusesZeroAndOversizedAdjustments(long delta) {
        assertInvalid(() -> ProductRules.checkAdjustment(delta), "delta");
    }

    @Test
    void namesEachRefusalWithItsStatusCategory() {
        assertThat(ProductRules.notFound(7)).satisfies(refused -> {
            assertThat(refused.code()).isEqualTo("PRODUCT_NOT_FOUND");
            assertThat(refused.category()).isEqualTo(BusinessException.Category.NOT_FOUND);
        });
        assertThat(ProductRules.stockWouldBeNegative(7, 3, -4)).satisfies(refused -> {
            assertThat(refused.code()).isEqualTo("STOCK_WOULD_BE_NEGATIVE");
            assertThat(refused.category()).isEqualTo(BusinessException.Category.CONFLICT);
        });
        assertThat(ProductRules.stockLimitExceeded(7, 3, 1_000_000_000)).satisfies(refused -> {
            assertThat(refused.code()).isEqualTo("STOCK_LIMIT_EXCEEDED");
            assertThat(refused.category()).isEqualTo(BusinessException.Category.CONFLICT);
        });
    }

    private static void assertInvalid(Runnable check, String field) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(BusinessException.class, refused -> {
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.category()).isEqualTo(BusinessException.Category.INVALID);
            assertThat(refused.violations()).singleElement()
                    .satisfies(violation -> assertThat(violation.field()).isEqualTo(field));
        });
    }
}
