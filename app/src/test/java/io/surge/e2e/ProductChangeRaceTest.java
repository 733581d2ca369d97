package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.surge.SurgeApplication;
import io.surge.testsupport.concurrency.Race;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Racing PATCHes of one product, on real threads through HTTP: once their events are handled, ranking's copy of the
 * product (what best-seller lists show) is the catalog's product, in every round. The catalog keeps the last commit;
 * ranking keeps the report with the newest {@code updatedAt}; they agree only if stamps grow in commit order.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ProductChangeRaceTest {

    private static final int ROUNDS = 6;
    private static final int PATCHES = 8;

    @LocalServerPort int port;
    @Autowired EventPublicationRegistry publications;
    @Autowired JdbcTemplate jdbc;

    @Test
    void rankingsCopyOfAProductEndsEqualToTheCatalogsHoweverPatchesRace() throws Exception {
        Shop shop = new Shop(port);
        long product = shop.product("Racing", 1_000, 10);

        for (int round = 1; round <= ROUNDS; round++) {
            int thisRound = round;
            List<ApiResponse> patched = Race.of(PATCHES, patch -> shop.api().asAdmin().send("PATCH",
                    "/api/v1/admin/products/" + product, "application/json",
                    "{\"name\":\"Round %d, patch %d\",\"price\":%d}".formatted(thisRound, patch,
                            thisRound * 1_000 + patch)));
            assertThat(patched).allSatisfy(response -> assertThat(response.status()).as(response.rawBody())
                    .isEqualTo(200));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> publications.findIncompletePublications().isEmpty());

            assertThat(rankingsCopyOf(product)).as("round %d", round).isEqualTo(catalogsProduct(shop, product));
        }
    }

    private String catalogsProduct(Shop shop, long product) {
        var body = shop.api().get("/api/v1/products/" + product).body();
        return body.path("name").asString() + " @ " + body.path("price").asLong() + " as of "
                + Instant.parse(body.path("updatedAt").asString());
    }

    private String rankingsCopyOf(long product) {
        return jdbc.queryForObject("SELECT name, price, updated_at FROM ranking_product WHERE product_id = ?",
                (row, n) -> row.getString("name") + " @ " + row.getLong("price") + " as of "
                        + row.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                product);
    }
}
