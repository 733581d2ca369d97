package io.surge.point;

import static io.surge.point.PointLedgerAssertions.assertLedgerSumsToBalance;
import static io.surge.point.PointLedgerAssertions.ledgerOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.surge.point.domain.LedgerEntryType;
import io.surge.point.events.PointUseRejected;
import io.surge.point.events.PointsRefunded;
import io.surge.point.events.PointsUsed;
import io.surge.point.events.RefundPoints;
import io.surge.point.events.UsePoints;
import io.surge.point.port.in.ChargePointsCommand;
import io.surge.point.port.in.ChargePointsUseCase;
import io.surge.point.port.in.GetBalanceQuery;
import io.surge.point.port.in.GetPointHistoryQuery;
import io.surge.point.port.in.UsePointsCommand;
import io.surge.point.port.in.UsePointsUseCase;
import io.surge.testsupport.concurrency.Race;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment steps of the order saga, driven by events as the order module will drive them, against the real
 * database and event publication registry.
 */
@ApplicationModuleTest
class PointSagaModuleTest {

    private static final long USER = 7;

    @Autowired ChargePointsUseCase chargePoints;

    @Autowired TransactionTemplate transaction;
    @Autowired UsePointsUseCase usePoints;
    @Autowired GetBalanceQuery balances;
    @Autowired GetPointHistoryQuery history;

    @Test
    void paysAnOrderFromTheWallet(Scenario scenario) {
        chargePoints.charge(new ChargePointsCommand(USER, 10_000));

        scenario.publish(UsePoints.of(100, USER, 3_000))
                .andWaitForEventOfType(PointsUsed.class)
                .matching(used -> used.orderId() == 100)
                .toArriveAndVerify(used -> {
                    assertThat(used.amount()).isEqualTo(3_000);
                    assertThat(used.balanceAfter()).isEqualTo(7_000);
                });

        assertLedgerSumsToBalance(balances, history, USER, 7_000);
    }

    @Test
    void refusesAPaymentLargerThanTheBalanceAndTakesNothing(Scenario scenario) {
        chargePoints.charge(new ChargePointsCommand(USER, 1_000));

        scenario.publish(UsePoints.of(101, USER, 1_001))
                .andWaitForEventOfType(PointUseRejected.class)
                .matching(rejected -> rejected.orderId() == 101)
                .toArriveAndVerify(rejected -> assertThat(rejected.reason()).isEqualTo("INSUFFICIENT_POINTS"));

        assertLedgerSumsToBalance(balances, history, USER, 1_000);
    }

    @Test
    void aUserWhoNeverChargedCanStillPayNothing(Scenario scenario) {
        scenario.publish(UsePoints.of(102, USER, 0))
                .andWaitForEventOfType(PointsUsed.class)
                .matching(used -> used.orderId() == 102)
                .toArriveAndVerify(used -> assertThat(used.balanceAfter()).isZero());
    }

    @Test
    void aRedeliveredPaymentRequestIsAnsweredAgainButPaidOnce(Scenario scenario) {
        chargePoints.charge(new ChargePointsCommand(USER, 10_000));
        UsePoints request = UsePoints.of(103, USER, 2_500);

        long[] firstEntry = new long[1];
        scenario.publish(request).andWaitForEventOfType(PointsUsed.class)
                .matching(used -> used.orderId() == 103)
                .toArriveAndVerify(used -> firstEntry[0] = used.entryId());
        scenario.publish(request).andWaitForEventOfType(PointsUsed.class)
                .matching(used -> used.orderId() == 103)
                .toArriveAndVerify(used -> assertThat(used.entryId()).isEqualTo(firstEntry[0]));

        assertLedgerSumsToBalance(balances, history, USER, 7_500);
        assertThat(ledgerOf(history, USER)).filteredOn(entry -> entry.type() == LedgerEntryType.USE).hasSize(1);
    }

    @Test
    void aRedeliveredRefusalStaysARefusalEvenAfterTheUserCharged(Scenario scenario) {
        UsePoints request = UsePoints.of(104, USER, 500);
        scenario.publish(request).andWaitForEventOfType(PointUseRejected.class)
                .matching(rejected -> rejected.orderId() == 104).toArrive();

        chargePoints.charge(new ChargePointsCommand(USER, 1_000));
        scenario.publish(request).andWaitForEventOfType(PointUseRejected.class)
                .matching(rejected -> rejected.orderId() == 104).toArrive();

        assertLedgerSumsToBalance(balances, history, USER, 1_000);
    }

    @Test
    void refundsWhatTheOrderPaidExactlyOnce(Scenario scenario) {
        chargePoints.charge(new ChargePointsCommand(USER, 10_000));
        transaction.executeWithoutResult(tx -> usePoints.use(new UsePointsCommand(105, USER, 4_000)));
        RefundPoints refund = RefundPoints.of(105, USER);

        for (int delivery = 0; delivery < 2; delivery++) {
            scenario.publish(refund).andWaitForEventOfType(PointsRefunded.class)
                    .matching(refunded -> refunded.orderId() == 105)
                    .toArriveAndVerify(refunded -> {
                        assertThat(refunded.amount()).isEqualTo(4_000);
                        assertThat(refunded.balanceAfter()).isEqualTo(10_000);
                    });
        }

        assertLedgerSumsToBalance(balances, history, USER, 10_000);
    }

    @Test
    void refundingAnOrderThatPaidNothingRefundsNothingAndBlocksALatePayment(Scenario scenario) {
        chargePoints.charge(new ChargePointsCommand(USER, 10_000));

        scenario.publish(RefundPoints.of(106, USER)).andWaitForEventOfType(PointsRefunded.class)
                .matching(refunded -> refunded.orderId() == 106)
                .toArriveAndVerify(refunded -> assertThat(refunded.amount()).isZero());
        scenario.publish(UsePoints.of(106, USER, 1_000)).andWaitForEventOfType(PointUseRejected.class)
                .matching(rejected -> rejected.orderId() == 106)
                .toArriveAndVerify(rejected -> assertThat(rejected.reason()).isEqualTo("ORDER_ALREADY_REFUNDED"));

        assertLedgerSumsToBalance(balances, history, USER, 10_000);
    }

    @Test
    void concurrentDuplicateDeliveriesPayOnce() throws Exception {
        chargePoints.charge(new ChargePointsCommand(USER, 10_000));
        int deliveries = 8;
        long succeeded = deliveries - Race.failuresOf(deliveries, i -> transaction.executeWithoutResult(
                tx -> usePoints.use(new UsePointsCommand(107, USER, 1_000)))).size();

        assertThat(succeeded).isPositive();
        assertLedgerSumsToBalance(balances, history, USER, 9_000);
        assertThat(ledgerOf(history, USER)).filteredOn(entry -> entry.type() == LedgerEntryType.USE).hasSize(1);
    }
}
