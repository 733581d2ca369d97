package io.surge.shared.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.surge.SurgeApplication;
import io.surge.point.port.in.PurgeExpiredRowsUseCase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run deletes at most {@code max-batches-per-run} batches of {@code batch-size} rows per table, oldest first, and
 * stops early at a batch that is not full (ADR 0018). Here 3 rows a batch and 2 batches a run; the scheduled runs are
 * out of the way (the default interval is 10 minutes), so the test runs the purge as the jobs do.
 */
@SpringBootTest(classes = SurgeApplication.class, properties = { "surge.retention.batch-size=3",
        "surge.retention.max-batches-per-run=2" })
class RetentionBatchesTest {

    @Autowired Purges purges;
    @Autowired PurgeExpiredRowsUseCase pointRows;
    @Autowired io.surge.catalog.port.in.PurgeExpiredRowsUseCase catalogRows;
    @Autowired JdbcTemplate jdbc;

    private final Instant now = Instant.now();

    @Test
    void aRunDeletesUpToItsCapOldestFirstAndTheNextRunGoesOn() {
        for (long orderId = 1; orderId <= 10; orderId++) {
            refusal(orderId, Duration.ofDays(41 - orderId)); // order 1 is the oldest, order 10 is 31 days old
        }
        refusal(11, Duration.ofDays(29));

        assertThat(purges.purge("point_use_rejection", pointRows::purgePaymentRefusals)).isEqualTo(6);
        assertThat(refusals()).containsExactly(7L, 8L, 9L, 10L, 11L);

        assertThat(purges.purge("point_use_rejection", pointRows::purgePaymentRefusals)).isEqualTo(4);
        assertThat(refusals()).containsExactly(11L);

        assertThat(purges.purge("point_use_rejection", pointRows::purgePaymentRefusals)).isZero();
        assertThat(refusals()).containsExactly(11L);
    }

    @Test
    void aBatchOfSettledReservationsTakesRejectionsFirstThenReleases() {
        outcome(1, "REJECTED");
        outcome(2, "REJECTED");
        outcome(3, "RELEASED");
        outcome(4, "RELEASED");
        outcome(5, "RESERVED");

        assertThat(catalogRows.purgeSettledReservations(3)).isEqualTo(3);
        assertThat(outcomes()).containsExactly(4L, 5L);

        assertThat(purges.purge("stock_reservation_outcome", catalogRows::purgeSettledReservations)).isEqualTo(1);
        assertThat(outcomes()).containsExactly(5L);
    }

    private void refusal(long orderId, Duration age) {
        jdbc.update("""
                INSERT INTO point_use_rejection (order_id, user_id, amount, reason, created_at)
                VALUES (?, 1, 100, 'INSUFFICIENT_POINTS', ?)""", orderId, ago(age));
    }

    private void outcome(long orderId, String outcome) {
        boolean rejected = outcome.equals("REJECTED");
        LocalDateTime at = ago(Duration.ofDays(40 - orderId));
        jdbc.update("""
                INSERT INTO stock_reservation_outcome (order_id, outcome, reason, product_id, decided_at, released_at)
                VALUES (?, ?, ?, ?, ?, ?)""", orderId, outcome, rejected ? "INSUFFICIENT_STOCK" : null,
                rejected ? 1L : null, at, outcome.equals("RELEASED") ? at : null);
    }

    private LocalDateTime ago(Duration age) {
        return LocalDateTime.ofInstant(now.minus(age), ZoneOffset.UTC);
    }

    private List<Long> refusals() {
        return jdbc.queryForList("SELECT order_id FROM point_use_rejection ORDER BY order_id", Long.class);
    }

    private List<Long> outcomes() {
        return jdbc.queryForList("SELECT order_id FROM stock_reservation_outcome ORDER BY order_id", Long.class);
    }
}
