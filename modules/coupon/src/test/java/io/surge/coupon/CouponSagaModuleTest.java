package io.surge.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.surge.coupon.domain.DiscountType;
import io.surge.coupon.domain.OwnedCoupon;
import io.surge.coupon.domain.UserCouponStatus;
import io.surge.coupon.events.CouponRedeemed;
import io.surge.coupon.events.CouponRedemptionRejected;
import io.surge.coupon.events.CouponRestored;
import io.surge.coupon.events.RedeemCoupon;
import io.surge.coupon.events.RestoreCoupon;
import io.surge.coupon.port.in.CreateCouponCommand;
import io.surge.coupon.port.in.CreateCouponUseCase;
import io.surge.coupon.port.in.GetUserCouponsQuery;
import io.surge.coupon.port.in.IssueCouponCommand;
import io.surge.coupon.port.in.IssueCouponUseCase;
import io.surge.coupon.port.in.RedeemCouponCommand;
import io.surge.coupon.port.in.RedeemCouponUseCase;
import io.surge.testsupport.concurrency.Race;
import io.surge.testsupport.time.MutableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coupon steps of the order saga, driven by events as the order module drives them, against the real database,
 * Redis and event publication registry.
 */
@ApplicationModuleTest
@Import(CouponTestConfiguration.class)
class CouponSagaModuleTest {

    private static final long USER = 7;
    private static final long OTHER_USER = 8;

    @Autowired CreateCouponUseCase createCoupon;

    @Autowired TransactionTemplate transaction;
    @Autowired IssueCouponUseCase issueCoupon;
    @Autowired RedeemCouponUseCase redeemCoupon;
    @Autowired GetUserCouponsQuery userCoupons;
    @Autowired MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void redeemsAFixedCouponAndMarksItUsedForTheOrder(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 3_000, null, null, USER);

        scenario.publish(RedeemCoupon.of(100, USER, userCouponId, 10_000))
                .andWaitForEventOfType(CouponRedeemed.class)
                .matching(redeemed -> redeemed.orderId() == 100)
                .toArriveAndVerify(redeemed -> {
                    assertThat(redeemed.userCouponId()).isEqualTo(userCouponId);
                    assertThat(redeemed.discount()).isEqualTo(3_000);
                });

        OwnedCoupon used = userCoupons.coupon(USER, userCouponId);
        assertThat(used.status()).isEqualTo(UserCouponStatus.USED);
        assertThat(used.coupon().orderId()).isEqualTo(100);
        assertThat(used.coupon().usedAt()).isNotNull();
    }

    @Test
    void aPercentCouponIsRoundedDownAndCapped(Scenario scenario) {
        long capped = issue(DiscountType.PERCENT, 15, 1_000L, null, USER);
        long floored = issue(DiscountType.PERCENT, 15, null, null, USER);

        expectDiscount(scenario, RedeemCoupon.of(101, USER, capped, 9_999), 1_000);
        expectDiscount(scenario, RedeemCoupon.of(102, USER, floored, 9_999), 1_499);
    }

    @Test
    void aDiscountNeverExceedsTheOrderAmount(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 5_000, null, null, USER);

        expectDiscount(scenario, RedeemCoupon.of(103, USER, userCouponId, 3_000), 3_000);
    }

    @Test
    void rejectsACouponThatDoesNotExist(Scenario scenario) {
        expectRejection(scenario, RedeemCoupon.of(110, USER, 999_999, 10_000), "NOT_FOUND");
    }

    @Test
    void rejectsSomebodyElsesCouponAndLeavesItAvailable(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, null, OTHER_USER);

        expectRejection(scenario, RedeemCoupon.of(111, USER, userCouponId, 10_000), "NOT_OWNED");

        assertThat(userCoupons.coupon(OTHER_USER, userCouponId).status()).isEqualTo(UserCouponStatus.AVAILABLE);
    }

    @Test
    void rejectsACouponAnotherOrderUsed(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, null, USER);
        expectDiscount(scenario, RedeemCoupon.of(112, USER, userCouponId, 10_000), 1_000);

        expectRejection(scenario, RedeemCoupon.of(113, USER, userCouponId, 10_000), "NOT_AVAILABLE");

        assertThat(userCoupons.coupon(USER, userCouponId).coupon().orderId()).isEqualTo(112);
    }

    @Test
    void rejectsAnExpiredCoupon(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, null, USER);
        clock.advance(Duration.ofDays(1));

        expectRejection(scenario, RedeemCoupon.of(114, USER, userCouponId, 10_000), "EXPIRED");

        assertThat(userCoupons.coupon(USER, userCouponId).status()).isEqualTo(UserCouponStatus.EXPIRED);
    }

    @Test
    void rejectsAnOrderBelowTheMinimumAmount(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, 10_000L, USER);

        expectRejection(scenario, RedeemCoupon.of(115, USER, userCouponId, 9_999), "BELOW_MINIMUM_ORDER_AMOUNT");
        expectDiscount(scenario, RedeemCoupon.of(116, USER, userCouponId, 10_000), 1_000);
    }

    @Test
    void aRedeliveredRequestIsAnsweredAgainButRedeemedOnce(Scenario scenario) {
        long userCouponId = issue(DiscountType.PERCENT, 10, null, null, USER);
        RedeemCoupon request = RedeemCoupon.of(120, USER, userCouponId, 10_000);

        expectDiscount(scenario, request, 1_000);
        expectDiscount(scenario, request, 1_000);

        assertThat(userCoupons.coupon(USER, userCouponId).coupon().orderId()).isEqualTo(120);
    }

    @Test
    void aRedeliveredRejectionStaysARejection(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, 10_000L, USER);
        RedeemCoupon tooSmall = RedeemCoupon.of(121, USER, userCouponId, 5_000);

        expectRejection(scenario, tooSmall, "BELOW_MINIMUM_ORDER_AMOUNT");
        expectRejection(scenario, tooSmall, "BELOW_MINIMUM_ORDER_AMOUNT");

        assertThat(userCoupons.coupon(USER, userCouponId).status()).isEqualTo(UserCouponStatus.AVAILABLE);
    }

    @Test
    void concurrentDuplicateDeliveriesRedeemOnce() throws Exception {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, null, USER);

        long succeeded = 8 - Race.failuresOf(8, i -> transaction.executeWithoutResult(
                tx -> redeemCoupon.redeem(new RedeemCouponCommand(130, USER, userCouponId, 10_000)))).size();

        assertThat(succeeded).isPositive();
        assertThat(userCoupons.coupon(USER, userCouponId).coupon().orderId()).isEqualTo(130);
    }

    @Test
    void twoOrdersRacingForOneCouponUseItOnce(Scenario scenario) throws Exception {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, null, USER);

        Race.failuresOf(8, i -> transaction.executeWithoutResult(
                tx -> redeemCoupon.redeem(new RedeemCouponCommand(140 + i, USER, userCouponId, 10_000))));

        long winner = userCoupons.coupon(USER, userCouponId).coupon().orderId();
        assertThat(winner).isBetween(140L, 147L);
        for (long order = 140; order < 148; order++) {
            RedeemCoupon redelivery = RedeemCoupon.of(order, USER, userCouponId, 10_000);
            if (order == winner) {
                expectDiscount(scenario, redelivery, 1_000);
            } else {
                expectRejection(scenario, redelivery, "NOT_AVAILABLE");
            }
        }
    }

    @Test
    void restoresTheCouponOnceAndAnswersTheSameWhenAskedAgain(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, null, USER);
        expectDiscount(scenario, RedeemCoupon.of(150, USER, userCouponId, 10_000), 1_000);

        expectRestored(scenario, RestoreCoupon.of(150, userCouponId), true);
        assertThat(userCoupons.coupon(USER, userCouponId).status()).isEqualTo(UserCouponStatus.AVAILABLE);
        assertThat(userCoupons.coupon(USER, userCouponId).coupon().orderId()).isNull();

        // the coupon goes to another order; a late redelivery of the first restoration must not free it again
        expectDiscount(scenario, RedeemCoupon.of(151, USER, userCouponId, 10_000), 1_000);
        expectRestored(scenario, RestoreCoupon.of(150, userCouponId), true);
        assertThat(userCoupons.coupon(USER, userCouponId).coupon().orderId()).isEqualTo(151);
        // and the first order's redemption, redelivered, is still the answer it got (nothing is used again)
        expectDiscount(scenario, RedeemCoupon.of(150, USER, userCouponId, 10_000), 1_000);
        assertThat(userCoupons.coupon(USER, userCouponId).coupon().orderId()).isEqualTo(151);
    }

    @Test
    void anExpiredCouponStaysSpent(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, null, USER);
        expectDiscount(scenario, RedeemCoupon.of(160, USER, userCouponId, 10_000), 1_000);
        clock.advance(Duration.ofDays(1));

        expectRestored(scenario, RestoreCoupon.of(160, userCouponId), false);

        assertThat(userCoupons.coupon(USER, userCouponId).status()).isEqualTo(UserCouponStatus.USED);
    }

    @Test
    void anotherOrdersRestorationChangesNothing(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, null, USER);
        expectDiscount(scenario, RedeemCoupon.of(170, USER, userCouponId, 10_000), 1_000);
        expectRejection(scenario, RedeemCoupon.of(171, USER, userCouponId, 10_000), "NOT_AVAILABLE");

        expectRestored(scenario, RestoreCoupon.of(171, userCouponId), false);
        expectRestored(scenario, RestoreCoupon.of(172, userCouponId), false);

        assertThat(userCoupons.coupon(USER, userCouponId).coupon().orderId()).isEqualTo(170);
    }

    @Test
    void aRestorationBeforeItsRedemptionBlocksTheLateRedemption(Scenario scenario) {
        long userCouponId = issue(DiscountType.FIXED, 1_000, null, null, USER);

        expectRestored(scenario, RestoreCoupon.of(180, userCouponId), false);
        expectRejection(scenario, RedeemCoupon.of(180, USER, userCouponId, 10_000), "NOT_AVAILABLE");

        assertThat(userCoupons.coupon(USER, userCouponId).status()).isEqualTo(UserCouponStatus.AVAILABLE);
    }

    private long issue(DiscountType type, long value, @Nullable Long cap, @Nullable Long minimum, long userId) {
        long couponId = createCoupon.create(new CreateCouponCommand("Saga coupon", type, value, cap, minimum, 10,
                null, null, 1)).couponId();
        return issueCoupon.issue(new IssueCouponCommand(couponId, userId)).userCouponId();
    }

    private static void expectDiscount(Scenario scenario, RedeemCoupon request, long discount) {
        scenario.publish(request).andWaitForEventOfType(CouponRedeemed.class)
                .matching(redeemed -> redeemed.orderId() == request.orderId())
                .toArriveAndVerify(redeemed -> assertThat(redeemed.discount()).isEqualTo(discount));
    }

    private static void expectRejection(Scenario scenario, RedeemCoupon request, String reason) {
        scenario.publish(request).andWaitForEventOfType(CouponRedemptionRejected.class)
                .matching(rejected -> rejected.orderId() == request.orderId())
                .toArriveAndVerify(rejected -> {
                    assertThat(rejected.reason()).isEqualTo(reason);
                    assertThat(rejected.userCouponId()).isEqualTo(request.userCouponId());
                });
    }

    private static void expectRestored(Scenario scenario, RestoreCoupon request, boolean restored) {
        scenario.publish(request).andWaitForEventOfType(CouponRestored.class)
                .matching(answer -> answer.orderId() == request.orderId())
                .toArriveAndVerify(answer -> assertThat(answer.restored()).isEqualTo(restored));
    }
}
