package io.surge.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.surge.shared.error.BusinessException;
import io.surge.shared.error.BusinessException.FieldViolation;
import org.junit.jupiter.api.Test;

class CouponTermsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void definesACouponWithDefaults() {
        CouponTerms terms = CouponTerms.define("Welcome", DiscountType.PERCENT, 10, 5_000L, null, 100, null, null, 7);

        assertThat(terms.discount()).isEqualTo(new Discount(DiscountType.PERCENT, 10, 5_000L));
        assertThat(terms.minOrderAmount()).isZero();
        assertThat(terms.window()).isEqualTo(IssueWindow.ALWAYS);
        assertThat(terms.acceptsOrderOf(0)).isTrue();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> CouponTerms.define(" ", DiscountType.PERCENT, 101, 0L, -1L, 0,
                NOW.plusSeconds(60), NOW, 0))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(refused.category()).isEqualTo(BusinessException.Category.INVALID);
                    assertThat(refused.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                            "name", "discountValue", "maxDiscountAmount", "minOrderAmount", "totalQuantity",
                            "issueEndsAt", "validDays");
                });
    }

    @Test
    void aPercentageIsOneToAHundred() {
        assertRefused(() -> CouponTerms.define("c", DiscountType.PERCENT, 0, null, null, 1, null, null, 1),
                "discountValue");
        assertRefused(() -> CouponTerms.define("c", DiscountType.PERCENT, 101, null, null, 1, null, null, 1),
                "discountValue");
        assertThat(CouponTerms.define("c", DiscountType.PERCENT, 100, null, null, 1, null, null, 1)).isNotNull();
        assertThat(CouponTerms.define("c", DiscountType.PERCENT, 1, null, null, 1, null, null, 1)).isNotNull();
    }

    @Test
    void aFixedDiscountIsAtLeastOneWonAndHasNoCap() {
        assertRefused(() -> CouponTerms.define("c", DiscountType.FIXED, 0, null, null, 1, null, null, 1),
                "discountValue");
        assertRefused(() -> CouponTerms.define("c", DiscountType.FIXED, 1_000, 500L, null, 1, null, null, 1),
                "maxDiscountAmount");
        assertThat(CouponTerms.define("c", DiscountType.FIXED, 1, null, null, 1, null, null, 1)).isNotNull();
    }

    @Test
    void aCouponHasAtLeastOneCopyAndOneValidDay() {
        assertRefused(() -> CouponTerms.define("c", DiscountType.FIXED, 1, null, null, 0, null, null, 1),
                "totalQuantity");
        assertRefused(() -> CouponTerms.define("c", DiscountType.FIXED, 1, null, null, 1, null, null, 0),
                "validDays");
        assertRefused(() -> CouponTerms.define("c", DiscountType.FIXED, 1, null, null,
                CouponTerms.MAX_QUANTITY + 1, null, null, 1), "totalQuantity");
    }

    @Test
    void theWindowStartsBeforeItEnds() {
        assertRefused(() -> CouponTerms.define("c", DiscountType.FIXED, 1, null, null, 1, NOW, NOW, 1),
                "issueEndsAt");
        assertThat(CouponTerms.define("c", DiscountType.FIXED, 1, null, null, 1, NOW, NOW.plusMillis(1), 1)
                .window().isOpenAt(NOW)).isTrue();
        assertThat(CouponTerms.define("c", DiscountType.FIXED, 1, null, null, 1, null, NOW, 1)).isNotNull();
        assertThat(CouponTerms.define("c", DiscountType.FIXED, 1, null, null, 1, NOW, null, 1)).isNotNull();
    }

    @Test
    void aCouponExpiresValidDaysAfterItWasIssued() {
        CouponTerms terms = CouponTerms.define("c", DiscountType.FIXED, 1, null, null, 1, null, null, 7);

        assertThat(terms.expiryFor(NOW)).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void theMinimumOrderAmountIsInclusive() {
        CouponTerms terms = CouponTerms.define("c", DiscountType.FIXED, 1, null, 10_000L, 1, null, null, 1);

        assertThat(terms.acceptsOrderOf(10_000)).isTrue();
        assertThat(terms.acceptsOrderOf(9_999)).isFalse();
    }

    private static void assertRefused(Runnable definition, String field) {
        assertThatThrownBy(definition::run).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly(field));
    }
}
