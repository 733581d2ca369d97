package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A product row locked by someone else for longer than any order may wait (a stuck admin session, a long migration):
 * every order for it is answered 503 with {@code Retry-After} while the lock is still held, instead of hanging with
 * a pooled connection, and leaves nothing behind; unrelated work goes on meanwhile; once the lock is gone, orders
 * sell again and stock, points and orders add up.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "surge.database.lock-wait-timeout=1")
class StalledDatabaseTest {

    private static final int BUYERS = 20;

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void ordersForALockedProductAreRefusedInTimeAndLeaveNothingBehind() throws Exception {
        Shop shop = new Shop(port);
        long product = shop.product("Locked", 100, 50);
        for (long buyer = 1; buyer <= BUYERS; buyer++) {
            shop.charge(buyer, 1_000);
        }

        List<ApiResponse> duringTheStall;
        try (Connection stall = dataSource.getConnection();
                ExecutorService buyers = Executors.newFixedThreadPool(BUYERS)) {
            stall.setAutoCommit(false);
            try (PreparedStatement lock = stall.prepareStatement(
                    "SELECT * FROM product WHERE product_id = ? FOR UPDATE")) {
                lock.setLong(1, product);
                lock.executeQuery();
            }
            List<CompletableFuture<ApiResponse>> orders = IntStream.rangeClosed(1, BUYERS)
                    .mapToObj(buyer -> CompletableFuture.supplyAsync(() -> shop.order(buyer, null, product, 1), buyers))
                    .toList();
            shop.charge(BUYERS + 1, 500); // unrelated work is not stuck behind the lock
            // every order is answered while the lock is still held, well within MySQL's default wait of 50 s
            duringTheStall = orders.stream().map(order -> order.orTimeout(15, TimeUnit.SECONDS).join()).toList();
            stall.rollback();
        }

        assertThat(duringTheStall).allSatisfy(refused -> {
            assertThat(refused.status()).as(refused.rawBody()).isEqualTo(503);
            assertThat(refused.code()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(refused.header("Retry-After")).isPresent();
        });
        assertThat(shop.stockOf(product)).isEqualTo(50);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class)).isZero();
        for (long buyer = 1; buyer <= BUYERS; buyer++) {
            assertThat(shop.balanceOf(buyer)).isEqualTo(1_000);
        }

        assertThat(shop.order(1, null, product, 1).status()).isEqualTo(201);
        assertThat(shop.stockOf(product)).isEqualTo(49);
        assertThat(shop.balanceOf(1)).isEqualTo(900);
    }
}
