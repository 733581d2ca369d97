package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The business metrics on {@code /actuator/prometheus}, read as Prometheus reads them (admin token, text format):
 * each series moves by exactly what was done, and only the series of what was done move (ADR 0019).
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class BusinessMetricsApiTest {

    private static final long BUYER = 9_101;
    private static final long LATECOMER = 9_102;

    @LocalServerPort int port;

    @Test
    void ordersCouponsAndRateLimitsMoveTheirSeriesByExactlyWhatWasDone() throws Exception {
        Shop shop = new Shop(port);
        Scrape before = scrape(shop); // the context is shared with other tests: compare with what they left

        long lamp = shop.product("Metered lamp", 1_000, 10);
        shop.charge(BUYER, 3_000);
        ApiResponse completed = shop.order(BUYER, null, lamp, 2);
        ApiResponse refused = shop.order(BUYER, null, lamp, 5); // 5,000 against the 1,000 left
        ApiResponse cancelled = shop.cancel(BUYER, completed.body().path("orderId").asLong());
        long coupon = shop.fixedCoupon(100, 1_000, 1);
        shop.issue(BUYER, coupon);
        ApiResponse soldOut = shop.api(LATECOMER).post("/api/v1/users/" + LATECOMER + "/coupons",
                Map.of("couponId", coupon));

        assertThat(completed.status()).as(completed.rawBody()).isEqualTo(201);
        assertThat(refused.code()).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(cancelled.status()).as(cancelled.rawBody()).isEqualTo(200);
        assertThat(soldOut.code()).isEqualTo("COUPON_SOLD_OUT");

        Scrape after = scrape(shop);
        assertThat(after.minus(before, "surge_orders_placed_total")).isEqualTo(2);
        assertThat(after.minus(before, "surge_orders_completed_total")).isEqualTo(1);
        assertThat(after.minus(before, "surge_orders_failed_total{reason=\"INSUFFICIENT_POINTS\"}")).isEqualTo(1);
        assertThat(after.minus(before, "surge_orders_failed_total{reason=\"INSUFFICIENT_STOCK\"}")).isZero();
        assertThat(after.minus(before, "surge_orders_cancelled_total")).isEqualTo(1);
        assertThat(after.minus(before, "surge_coupons_issued_total")).isEqualTo(1);
        assertThat(after.minus(before, "surge_coupons_refused_total{reason=\"COUPON_SOLD_OUT\"}")).isEqualTo(1);
        assertThat(after.minus(before, "surge_coupons_refused_total{reason=\"COUPON_ALREADY_ISSUED\"}")).isZero();
        // tests run with limits no test reaches; RequestLimitsApiTest counts refusals under API.md's
        assertThat(after.minus(before, "surge_rate_limit_refused_total")).isZero();
        assertThat(after.minus(before, "surge_rate_limit_unavailable_total")).isZero();
        assertThat(after.series()).containsKeys("surge_outbox_backlog", "surge_outbox_oldest_age_seconds",
                "surge_outbox_dead_letters");
    }

    private static Scrape scrape(Shop shop) {
        ApiResponse metrics = shop.api().asAdmin().get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        return Scrape.of(metrics.rawBody());
    }

    /** One scrape's samples, by series: the metric's name and its labels other than the common ones. */
    record Scrape(Map<String, Double> series) {

        private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(?:\\{(.*)})? (\\S+)$");
        private static final Pattern REASON = Pattern.compile("reason=\"(\\w+)\"");

        static Scrape of(String text) {
            Map<String, Double> series = new HashMap<>();
            for (String line : text.lines().filter(line -> !line.startsWith("#")).toList()) {
                Matcher sample = SAMPLE.matcher(line);
                if (sample.matches() && sample.group(1).startsWith("surge_")) {
                    Matcher reason = REASON.matcher(sample.group(2) == null ? "" : sample.group(2));
                    String name = sample.group(1) + (reason.find() ? "{reason=\"" + reason.group(1) + "\"}" : "");
                    series.put(name, Double.parseDouble(sample.group(3)));
                }
            }
            return new Scrape(series);
        }

        double minus(Scrape earlier, String series) {
            assertThat(this.series).as("series on /actuator/prometheus").containsKey(series);
            assertThat(earlier.series).as("series on /actuator/prometheus from the start").containsKey(series);
            return this.series.get(series) - earlier.series.get(series);
        }
    }
}
