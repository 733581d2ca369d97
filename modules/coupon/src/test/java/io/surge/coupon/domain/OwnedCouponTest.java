package io.surge.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OwnedCouponTest {

    private static final Instant ISSUED = Instant.parse("2026-11-21T09:30:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(7));
    private static final CouponTerms TERMS = new CouponTerms("10% off", new Discount(DiscountType.PERCENT, 10, 2_000L),
            10_000, 100, IssueWindow.ALWAYS, 7);
    private static final UserCoupon AVAILABLE = new UserCoupon(5, 42, 7, ISSUED, EXPIRES, null, null);

    @Test
    void isUsableByItsOwnerOnAnOrderAtLeastTheMinimumBeforeItExpires() {
        OwnedCoupon owned = new OwnedCoupon(AVAILABLE, TERMS, EXPIRES.minusNanos(1000));

        assertThat(owned.whyNotUsableBy(7, 10_000)).isEmpty();
        assertThat(owned.discountFor(10_000)).isEqualTo(1_000);
        assertThat(owned.discountFor(50_000)).isEqualTo(2_000);
        assertThat(owned.status()).isEqualTo(UserCouponStatus.AVAILABLE);
    }

    @Test
    void saysWhyItCannotBeUsed() {
        assertThat(new OwnedCoupon(AVAILABLE, TERMS, ISSUED).whyNotUsableBy(8, 10_000))
                .contains(RejectionReason.NOT_OWNED);
        assertThat(new OwnedCoupon(AVAILABLE, TERMS, ISSUED).whyNotUsableBy(7, 9_999))
                .contains(RejectionReason.BELOW_MINIMUM_ORDER_AMOUNT);
        assertThat(new OwnedCoupon(AVAILABLE, TERMS, EXPIRES).whyNotUsableBy(7, 10_000))
                .contains(RejectionReason.EXPIRED);
        UserCoupon used = new UserCoupon(5, 42, 7, ISSUED, EXPIRES, ISSUED.plusSeconds(5), 900L);
        assertThat(new OwnedCoupon(used, TERMS, ISSUED).whyNotUsableBy(7, 10_000))
                .contains(RejectionReason.NOT_AVAILABLE);
    }

    @Test
    void expiryIsDerivedWhenReadAndAUsedCouponStaysUsed() {
        assertThat(AVAILABLE.statusAt(EXPIRES.minusNanos(1000))).isEqualTo(UserCouponStatus.AVAILABLE);
        assertThat(AVAILABLE.statusAt(EXPIRES)).isEqualTo(UserCouponStatus.EXPIRED);
        UserCoupon used = new UserCoupon(5, 42, 7, ISSUED, EXPIRES, ISSUED.plusSeconds(5), 900L);
        assertThat(used.statusAt(EXPIRES.plusSeconds(1))).isEqualTo(UserCouponStatus.USED);
    }
}
