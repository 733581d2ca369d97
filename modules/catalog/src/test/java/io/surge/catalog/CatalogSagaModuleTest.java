package io.surge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.surge.catalog.domain.Product;
import io.surge.catalog.domain.ReservedLine;
import io.surge.catalog.events.ProductQuoteRefused;
import io.surge.catalog.events.ProductsQuoted;
import io.surge.catalog.events.QuoteProducts;
import io.surge.catalog.events.ReleaseStock;
import io.surge.catalog.events.ReserveStock;
import io.surge.catalog.events.ReserveStock.Line;
import io.surge.catalog.events.StockLine;
import io.surge.catalog.events.StockReleased;
import io.surge.catalog.events.StockReservationRejected;
import io.surge.catalog.events.StockReserved;
import io.surge.catalog.port.in.AdjustStockCommand;
import io.surge.catalog.port.in.AdjustStockUseCase;
import io.surge.catalog.port.in.ChangeProductCommand;
import io.surge.catalog.port.in.ChangeProductUseCase;
import io.surge.catalog.port.in.GetProductQuery;
import io.surge.catalog.port.in.RegisterProductCommand;
import io.surge.catalog.port.in.RegisterProductUseCase;
import io.surge.catalog.port.in.ReserveStockCommand;
import io.surge.catalog.port.in.ReserveStockUseCase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stock steps of the order saga, driven by events as the order module drives them (each published in a
 * transaction of its own, as the order's would be), against the real database.
 */
@ApplicationModuleTest
class CatalogSagaModuleTest {

    @Autowired RegisterProductUseCase registerProduct;
    @Autowired TransactionTemplate transaction;
    @Autowired ChangeProductUseCase changeProduct;
    @Autowired AdjustStockUseCase adjustStock;
    @Autowired ReserveStockUseCase reserveStock;
    @Autowired GetProductQuery products;

    @Test
    void quotesEveryLineAtTheCatalogsNamesAndPricesAndTakesNothing(Scenario scenario) {
        long keyboard = register("Mechanical keyboard", 89_000, 10);
        long mouse = register("Mouse", 25_000, 5);

        scenario.publish(QuoteProducts.of(90, List.of(new StockLine(mouse, 2), new StockLine(keyboard, 1), new StockLine(mouse, 3))))
                .andWaitForEventOfType(ProductsQuoted.class)
                .matching(quoted -> quoted.orderId() == 90)
                .toArriveAndVerify(quoted -> assertThat(quoted.lines()).containsExactly(
                        new ProductsQuoted.Line(keyboard, "Mechanical keyboard", 89_000, 1),
                        new ProductsQuoted.Line(mouse, "Mouse", 25_000, 5)));

        assertThat(stockOf(keyboard)).isEqualTo(10);
        assertThat(stockOf(mouse)).isEqualTo(5);
    }

    @Test
    void refusesAQuoteForAnUnknownProductOrMoreThanIsInStock(Scenario scenario) {
        long pen = register("Pen", 1_500, 3);

        scenario.publish(QuoteProducts.of(91, List.of(new StockLine(pen, 4))))
                .andWaitForEventOfType(ProductQuoteRefused.class)
                .matching(refused -> refused.orderId() == 91)
                .toArriveAndVerify(refused -> {
                    assertThat(refused.reason()).isEqualTo("INSUFFICIENT_STOCK");
                    assertThat(refused.productId()).isEqualTo(pen);
                });
        scenario.publish(QuoteProducts.of(92, List.of(new StockLine(pen, 1), new StockLine(987_654, 1))))
                .andWaitForEventOfType(ProductQuoteRefused.class)
                .matching(refused -> refused.orderId() == 92)
                .toArriveAndVerify(refused -> {
                    assertThat(refused.reason()).isEqualTo("PRODUCT_NOT_FOUND");
                    assertThat(refused.productId()).isEqualTo(987_654);
                });
    }

    @Test
    void aSagaStepRunsOnlyInsideItsRequestersTransaction() {
        long pen = register("Pen", 1_500, 10);

        assertThatThrownBy(() -> reserveStock.reserve(new ReserveStockCommand(93, List.of(new ReservedLine(pen, 1, 1_500)))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(stockOf(pen)).isEqualTo(10);
    }

    @Test
    void reservesEveryLineAtTheQuotedPrices(Scenario scenario) {
        long keyboard = register("Mechanical keyboard", 89_000, 10);
        long mouse = register("Mouse", 25_000, 5);

        scenario.publish(ReserveStock.of(100, List.of(new Line(mouse, 2, 25_000), new Line(keyboard, 1, 89_000))))
                .andWaitForEventOfType(StockReserved.class)
                .matching(reserved -> reserved.orderId() == 100)
                .toArriveAndVerify(reserved -> assertThat(reserved.lines()).containsExactly(
                        new Line(keyboard, 1, 89_000), new Line(mouse, 2, 25_000)));

        assertThat(stockOf(keyboard)).isEqualTo(9);
        assertThat(stockOf(mouse)).isEqualTo(3);
    }

    @Test
    void mergesLinesOfTheSameProduct(Scenario scenario) {
        long pen = register("Pen", 1_500, 10);

        scenario.publish(ReserveStock.of(101, List.of(new Line(pen, 2, 1_500), new Line(pen, 3, 1_500))))
                .andWaitForEventOfType(StockReserved.class)
                .matching(reserved -> reserved.orderId() == 101)
                .toArriveAndVerify(reserved -> assertThat(reserved.lines()).containsExactly(new Line(pen, 5, 1_500)));

        assertThat(stockOf(pen)).isEqualTo(5);
    }

    @Test
    void reservesNothingWhenTheLastLineIsShort(Scenario scenario) {
        long first = register("First", 100, 10);
        long second = register("Second", 200, 10);
        long last = register("Last", 300, 1);
        Product firstBefore = products.product(first);

        scenario.publish(ReserveStock.of(102,
                        List.of(new Line(first, 2, 100), new Line(second, 3, 200), new Line(last, 2, 300))))
                .andWaitForEventOfType(StockReservationRejected.class)
                .matching(rejected -> rejected.orderId() == 102)
                .toArriveAndVerify(rejected -> {
                    assertThat(rejected.reason()).isEqualTo("INSUFFICIENT_STOCK");
                    assertThat(rejected.productId()).isEqualTo(last);
                });

        assertThat(stockOf(first)).isEqualTo(10);
        assertThat(stockOf(second)).isEqualTo(10);
        assertThat(stockOf(last)).isEqualTo(1);
        assertThat(products.product(first)).as("untouched, not taken and put back").isEqualTo(firstBefore);
    }

    @Test
    void refusesAPriceThatMovedSinceTheQuoteAndTakesNothing(Scenario scenario) {
        long pen = register("Pen", 1_500, 10);
        long ink = register("Ink", 3_000, 10);
        changeProduct.change(new ChangeProductCommand(ink, null, 3_500L));

        scenario.publish(ReserveStock.of(111, List.of(new Line(pen, 1, 1_500), new Line(ink, 1, 3_000))))
                .andWaitForEventOfType(StockReservationRejected.class)
                .matching(rejected -> rejected.orderId() == 111)
                .toArriveAndVerify(rejected -> {
                    assertThat(rejected.reason()).isEqualTo("PRICE_CHANGED");
                    assertThat(rejected.productId()).isEqualTo(ink);
                });

        assertThat(stockOf(pen)).isEqualTo(10);
        assertThat(stockOf(ink)).isEqualTo(10);
    }

    @Test
    void refusesAnOrderForAProductThatDoesNotExist(Scenario scenario) {
        long pen = register("Pen", 1_500, 10);

        scenario.publish(ReserveStock.of(103, List.of(new Line(pen, 1, 1_500), new Line(999_999, 1, 1_500))))
                .andWaitForEventOfType(StockReservationRejected.class)
                .matching(rejected -> rejected.orderId() == 103)
                .toArriveAndVerify(rejected -> {
                    assertThat(rejected.reason()).isEqualTo("PRODUCT_NOT_FOUND");
                    assertThat(rejected.productId()).isEqualTo(999_999);
                });

        assertThat(stockOf(pen)).isEqualTo(10);
    }

    @Test
    void aRedeliveredRequestIsAnsweredAgainFromWhatWasStoredButReservedOnce(Scenario scenario) {
        long pen = register("Pen", 1_500, 10);
        ReserveStock request = ReserveStock.of(104, List.of(new Line(pen, 4, 1_500)));
        AtomicReference<StockReserved> first = new AtomicReference<>();

        scenario.publish(request).andWaitForEventOfType(StockReserved.class)
                .matching(reserved -> reserved.orderId() == 104)
                .toArriveAndVerify(first::set);
        changeProduct.change(new ChangeProductCommand(pen, "Fountain pen", 9_000L));
        scenario.publish(request).andWaitForEventOfType(StockReserved.class)
                .matching(reserved -> reserved.orderId() == 104 && !reserved.eventId().equals(first.get().eventId()))
                .toArriveAndVerify(again -> {
                    assertThat(again.lines()).isEqualTo(first.get().lines())
                            .containsExactly(new Line(pen, 4, 1_500));
                    assertThat(again.reservedAt()).isEqualTo(first.get().reservedAt());
                });

        assertThat(stockOf(pen)).isEqualTo(6);
    }

    @Test
    void aRedeliveredRejectionStaysARejectionEvenAfterRestocking(Scenario scenario) {
        long pen = register("Pen", 1_500, 1);
        ReserveStock request = ReserveStock.of(105, List.of(new Line(pen, 2, 1_500)));

        scenario.publish(request).andWaitForEventOfType(StockReservationRejected.class)
                .matching(rejected -> rejected.orderId() == 105).toArrive();
        adjustStock.adjust(new AdjustStockCommand(pen, 10));
        scenario.publish(request).andWaitForEventOfType(StockReservationRejected.class)
                .matching(rejected -> rejected.orderId() == 105)
                .toArriveAndVerify(rejected -> assertThat(rejected.reason()).isEqualTo("INSUFFICIENT_STOCK"));

        assertThat(stockOf(pen)).isEqualTo(11);
    }

    @Test
    void releasesExactlyWhatTheOrderReservedOnce(Scenario scenario) {
        long pen = register("Pen", 1_500, 10);
        long ink = register("Ink", 3_000, 10);
        transaction.executeWithoutResult(tx -> reserveStock.reserve(new ReserveStockCommand(106, List.of(
                new ReservedLine(ink, 2, 3_000),
                new ReservedLine(pen, 3, 1_500)))));
        ReleaseStock release = ReleaseStock.of(106);

        for (int delivery = 0; delivery < 2; delivery++) {
            scenario.publish(release).andWaitForEventOfType(StockReleased.class)
                    .matching(released -> released.orderId() == 106)
                    .toArriveAndVerify(released -> assertThat(released.lines())
                            .containsExactly(new StockLine(pen, 3), new StockLine(ink, 2)));
        }

        assertThat(stockOf(pen)).isEqualTo(10);
        assertThat(stockOf(ink)).isEqualTo(10);
    }

    @Test
    void aRedeliveredReservationAfterItsReleaseTakesNothingAgain(Scenario scenario) {
        long pen = register("Pen", 1_500, 10);
        ReserveStock request = ReserveStock.of(107, List.of(new Line(pen, 3, 1_500)));
        scenario.publish(request).andWaitForEventOfType(StockReserved.class)
                .matching(reserved -> reserved.orderId() == 107).toArrive();
        scenario.publish(ReleaseStock.of(107)).andWaitForEventOfType(StockReleased.class)
                .matching(released -> released.orderId() == 107).toArrive();

        scenario.publish(request).andWaitForEventOfType(StockReserved.class)
                .matching(reserved -> reserved.orderId() == 107)
                .toArriveAndVerify(reserved -> assertThat(reserved.lines())
                        .containsExactly(new Line(pen, 3, 1_500)));

        assertThat(stockOf(pen)).isEqualTo(10);
    }

    @Test
    void releasingARejectedOrderReleasesNothing(Scenario scenario) {
        long pen = register("Pen", 1_500, 1);
        scenario.publish(ReserveStock.of(108, List.of(new Line(pen, 5, 1_500))))
                .andWaitForEventOfType(StockReservationRejected.class)
                .matching(rejected -> rejected.orderId() == 108).toArrive();

        scenario.publish(ReleaseStock.of(108)).andWaitForEventOfType(StockReleased.class)
                .matching(released -> released.orderId() == 108)
                .toArriveAndVerify(released -> assertThat(released.lines()).isEmpty());

        assertThat(stockOf(pen)).isEqualTo(1);
    }

    @Test
    void aReleaseBeforeTheReservationLeavesATombstoneThatRefusesTheLateReservation(Scenario scenario) {
        long pen = register("Pen", 1_500, 10);
        long ink = register("Ink", 3_000, 10);

        scenario.publish(ReleaseStock.of(109)).andWaitForEventOfType(StockReleased.class)
                .matching(released -> released.orderId() == 109)
                .toArriveAndVerify(released -> assertThat(released.lines()).isEmpty());
        for (int delivery = 0; delivery < 2; delivery++) {
            scenario.publish(ReserveStock.of(109, List.of(new Line(ink, 1, 3_000), new Line(pen, 1, 1_500))))
                    .andWaitForEventOfType(StockReservationRejected.class)
                    .matching(rejected -> rejected.orderId() == 109)
                    .toArriveAndVerify(rejected -> {
                        assertThat(rejected.reason()).isEqualTo("ORDER_RELEASED");
                        assertThat(rejected.productId()).isEqualTo(pen);
                    });
        }

        assertThat(stockOf(pen)).isEqualTo(10);
        assertThat(stockOf(ink)).isEqualTo(10);
    }

    @Test
    void aLineAskingForLessThanOneUnitIsRefusedBeforeAnythingIsTouched() {
        long pen = register("Pen", 1_500, 10);

        for (int quantity : new int[] { 0, -5 }) {
            assertThatIllegalArgumentException().isThrownBy(() -> reserveStock.reserve(
                    new ReserveStockCommand(110, List.of(new ReservedLine(pen, 1, 1_500), new ReservedLine(pen, quantity, 1_500)))));;
        }

        assertThat(stockOf(pen)).isEqualTo(10);
    }

    private long register(String name, long price, long stock) {
        return registerProduct.register(new RegisterProductCommand(name, price, stock)).productId();
    }

    private long stockOf(long productId) {
        return products.product(productId).stock();
    }
}
