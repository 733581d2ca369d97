package io.surge.catalog;

import static io.surge.catalog.adapter.out.persistence.jooq.Tables.STOCK_RESERVATION;
import static io.surge.catalog.adapter.out.persistence.jooq.Tables.STOCK_RESERVATION_OUTCOME;
import static io.surge.catalog.domain.ReservationOutcome.Status.REJECTED;
import static io.surge.catalog.domain.ReservationOutcome.Status.RELEASED;
import static io.surge.catalog.domain.ReservationOutcome.Status.RESERVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.surge.catalog.domain.ReservationOutcome;
import io.surge.catalog.domain.ReservedLine;
import io.surge.catalog.port.in.GetProductQuery;
import io.surge.catalog.port.in.RegisterProductCommand;
import io.surge.catalog.port.in.RegisterProductUseCase;
import io.surge.catalog.port.in.ReleaseStockCommand;
import io.surge.catalog.port.in.ReleaseStockUseCase;
import io.surge.catalog.port.in.ReserveStockCommand;
import io.surge.catalog.port.in.ReserveStockUseCase;
import io.surge.testsupport.concurrency.Race;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reservations, releases and adjustments racing each other on real threads against the real database: no
 * oversell, no stock below zero, nothing given back twice, no deadlock.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CatalogConcurrencyTest {

    @LocalServerPort int port;
    @Autowired RegisterProductUseCase registerProduct;
    @Autowired TransactionTemplate transaction;
    @Autowired ReserveStockUseCase reserveStock;
    @Autowired ReleaseStockUseCase releaseStock;
    @Autowired GetProductQuery products;
    @Autowired DSLContext dsl;

    @Test
    void twoHundredOrdersRacingForFiftyUnitsReserveExactlyFiftyAndReleaseThemOnce() throws Exception {
        long product = register("Limited sneakers", 199_000, 50);
        int orders = 200;
        AtomicBoolean racing = new AtomicBoolean(true);
        AtomicLong lowestStockSeen = new AtomicLong(Long.MAX_VALUE);
        Thread watcher = Thread.ofPlatform().start(() -> {
            while (racing.get()) {
                lowestStockSeen.accumulateAndGet(products.product(product).stock(), Math::min);
            }
        });

        List<Throwable> reserveFailures = Race.failuresOf(orders,
                i -> transaction.executeWithoutResult(tx -> reserveStock.reserve(
                        new ReserveStockCommand(1_000 + i, List.of(new ReservedLine(product, 1, 199_000))))));
        racing.set(false);
        watcher.join();

        assertThat(reserveFailures).isEmpty();
        assertThat(products.product(product).stock()).isZero();
        assertThat(lowestStockSeen.get()).isNotNegative();
        assertThat(outcomes(RESERVED)).isEqualTo(50);
        assertThat(outcomes(REJECTED)).isEqualTo(150);
        assertThat(reservedQuantity(product)).isEqualTo(50);

        for (int round = 0; round < 2; round++) {
            List<Throwable> releaseFailures = Race.failuresOf(orders,
                    i -> transaction.executeWithoutResult(
                            tx -> releaseStock.release(new ReleaseStockCommand(1_000 + i))));

            assertThat(releaseFailures).isEmpty();
            assertThat(products.product(product).stock()).as("after release round %d", round).isEqualTo(50);
            assertThat(outcomes(RELEASED)).isEqualTo(50);
        }
    }

    @Test
    void ordersTakingTheSameProductsInOppositeOrderNeverDeadlock() throws Exception {
        long a = register("A", 1_000, 10_000);
        long b = register("B", 2_000, 10_000);
        int pairs = 300;
        transaction.executeWithoutResult(tx -> { // even orders hold stock; each odd one lands right before one of them
            for (int k = 1; k <= pairs; k++) {
                reserveStock.reserve(new ReserveStockCommand(2L * k, List.of(new ReservedLine(a, 1, 1_000))));
            }
        });

        List<Throwable> failures = Race.failuresOf(2 * pairs, i -> {
            long k = i / 2 + 1;
            if (i % 2 == 0) {
                transaction.executeWithoutResult(tx -> releaseStock.release(new ReleaseStockCommand(2 * k)));
            } else {
                transaction.executeWithoutResult(tx -> reserveStock.reserve(new ReserveStockCommand(2 * k - 1,
                        k % 2 == 0
                                ? List.of(new ReservedLine(a, 1, 1_000), new ReservedLine(b, 2, 2_000))
                                : List.of(new ReservedLine(b, 2, 2_000), new ReservedLine(a, 1, 1_000)))));
            }
        });

        assertThat(failures).as("deadlocks or lock wait timeouts").isEmpty();
        assertThat(products.product(a).stock()).isEqualTo(10_000 - pairs);
        assertThat(products.product(b).stock()).isEqualTo(10_000 - 2 * pairs);
        assertThat(outcomes(RESERVED)).isEqualTo(pairs);
        assertThat(outcomes(RELEASED)).isEqualTo(pairs);
    }

    @Test
    void concurrentDuplicateDeliveriesReserveOnce() throws Exception {
        long product = register("Pen", 1_500, 100);

        List<Throwable> failures = Race.failuresOf(8,
                i -> transaction.executeWithoutResult(tx -> reserveStock.reserve(
                        new ReserveStockCommand(42, List.of(new ReservedLine(product, 3, 1_500))))));

        assertThat(failures).as("the later deliveries wait for the first's outcome and repeat its answer").isEmpty();
        assertThat(products.product(product).stock()).isEqualTo(97);
        assertThat(outcomes(RESERVED)).isEqualTo(1);
        assertThat(reservedQuantity(product)).isEqualTo(3);
    }

    @Test
    void concurrentAdjustmentsNeverTakeStockBelowZero() throws Exception {
        long product = register("Pen", 1_500, 10);
        ApiClient api = new ApiClient(port);
        List<ApiResponse> responses = new ArrayList<>();

        List<Throwable> failures = Race.failuresOf(30, i -> {
            ApiResponse response = api.asAdmin().post("/api/v1/admin/products/" + product + "/stock-adjustments",
                    Map.of("delta", -1));
            synchronized (responses) {
                responses.add(response);
            }
        });

        assertThat(failures).isEmpty();
        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(10);
        assertThat(responses).filteredOn(response -> response.status() == 409)
                .hasSize(20)
                .allSatisfy(response -> assertThat(response.code()).isEqualTo("STOCK_WOULD_BE_NEGATIVE"));
        assertThat(products.product(product).stock()).isZero();
    }

    private long register(String name, long price, long stock) {
        return registerProduct.register(new RegisterProductCommand(name, price, stock)).productId();
    }

    private int outcomes(ReservationOutcome.Status outcome) {
        return dsl.fetchCount(STOCK_RESERVATION_OUTCOME, STOCK_RESERVATION_OUTCOME.OUTCOME.eq(outcome));
    }

    private long reservedQuantity(long productId) {
        return dsl.select(DSL.coalesce(DSL.sum(STOCK_RESERVATION.QUANTITY), java.math.BigDecimal.ZERO)).from(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.PRODUCT_ID.eq(productId))
                .fetchSingle().value1().longValue();
    }
}
