package io.surge.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.surge.shared.error.BusinessException;
import org.junit.jupiter.api.Test;

class CouponTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void issuesACopyThatExpiresValidDaysLater() {
        Coupon coupon = coupon(new IssueWindow(null, null), 3);

        NewUserCoupon issued = coupon.issueTo(7, NOW);

        assertThat(issued).isEqualTo(new NewUserCoupon(42, 7, NOW, NOW.plus(Duration.ofDays(3))));
        assertThat(issued.withId(5).statusAt(NOW)).isEqualTo(UserCouponStatus.AVAILABLE);
    }

    @Test
    void refusesToIssueOutsideTheWindow() {
        Coupon notYet = coupon(new IssueWindow(NOW.plusSeconds(1), null), 1);
        Coupon over = coupon(new IssueWindow(null, NOW), 1);

        for (Coupon coupon : new Coupon[] { notYet, over }) {
            assertThatThrownBy(() -> coupon.issueTo(7, NOW)).isInstanceOfSatisfying(BusinessException.class,
                    refused -> {
                        assertThat(refused.code()).isEqualTo("COUPON_ISSUE_NOT_OPEN");
                        assertThat(refused.category()).isEqualTo(BusinessException.Category.CONFLICT);
                    });
        }
    }

    @Test
    void countsWhatIsLeft() {
        assertThat(new Coupon(42, terms(IssueWindow.ALWAYS, 1), 30, NOW).remainingQuantity()).isEqualTo(70);
        assertThatIllegalArgumentException().isThrownBy(() -> new Coupon(42, terms(IssueWindow.ALWAYS, 1), 101, NOW));
    }

    private static Coupon coupon(IssueWindow window, int validDays) {
        return new Coupon(42, terms(window, validDays), 0, NOW);
    }

    private static CouponTerms terms(IssueWindow window, int validDays) {
        return new CouponTerms("Launch", new Discount(DiscountType.FIXED, 1_000, null), 0, 100, window, validDays);
    }
}
