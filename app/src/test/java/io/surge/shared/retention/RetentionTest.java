package io.surge.shared.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.surge.SurgeApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every module's retention job, as scheduled (every 0.2 s here, its lock released at once): rows past their window
 * are gone, rows inside it are kept, and history is not touched, however old (ADR 0018). Rows are written with old
 * timestamps directly, each table's window with a row just outside it and one just inside.
 */
@SpringBootTest(classes = SurgeApplication.class, properties = { "surge.retention.interval=PT0.2S",
        "surge.retention.lock-at-least-for=PT0S" })
class RetentionTest {

    private static final List<String> HISTORY = List.of("wallet", "point_ledger", "product", "coupon", "user_coupon",
            "orders", "order_line", "ranking_product");

    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;
    @Value("${surge.time-zone}") ZoneId businessZone;

    private final Instant now = Instant.now();

    @Test
    void purgesRowsPastTheirWindowKeepsRowsInsideItAndLeavesHistoryAlone() {
        writeHistory(daysAgo(400));
        Map<String, Long> historyBefore = counts(HISTORY);

        // point: refusals, 30 days
        refusal(1, daysAgo(31));
        refusal(2, daysAgo(29));
        // catalog: settled outcomes 30 days after they settled; what a completed order reserved stays
        outcome(11, "REJECTED", daysAgo(31), null);
        outcome(12, "RELEASED", daysAgo(60), daysAgo(31));
        reservationLine(12);
        outcome(13, "RELEASED", daysAgo(60), daysAgo(29));
        reservationLine(13);
        outcome(14, "RESERVED", daysAgo(400), null);
        reservationLine(14);
        // coupon: settled answers 30 days after they settled; a completed order's redemption stays
        redemption(21, "REJECTED", daysAgo(31), null);
        redemption(22, "RESTORED", daysAgo(60), daysAgo(31));
        redemption(23, "RESTORED", daysAgo(60), daysAgo(29));
        redemption(24, "REDEEMED", daysAgo(400), null);
        // ranking: 35 days, for orders from their last change and for days from the day
        rankingOrder(31, daysAgo(36));
        rankingOrder(32, daysAgo(34));
        salesDay(today().minusDays(36));
        salesDay(today().minusDays(34));
        // outbox: dead letters 14 days after they were parked
        deadLetter("00000000-0000-0000-0000-000000000041", daysAgo(15));
        deadLetter("00000000-0000-0000-0000-000000000042", daysAgo(13));
        // idempotency: when the record expires
        idempotencyRecord("expired", now.minusSeconds(1));
        idempotencyRecord("valid", now.plus(Duration.ofHours(1)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(List.of(
                ids("SELECT order_id FROM point_use_rejection"),
                ids("SELECT order_id FROM stock_reservation_outcome"),
                ids("SELECT order_id FROM stock_reservation"),
                ids("SELECT order_id FROM coupon_redemption"),
                ids("SELECT order_id FROM ranking_order"),
                jdbc.queryForList("SELECT sales_date FROM ranking_daily_sales", LocalDate.class),
                jdbc.queryForList("SELECT sales_date FROM ranking_sales_day", LocalDate.class),
                jdbc.queryForList("SELECT id FROM event_publication_dead_letter", String.class),
                jdbc.queryForList("SELECT idempotency_key FROM idempotency_record", String.class)))
                .containsExactly(List.of(2L), List.of(13L, 14L), List.of(13L, 14L), List.of(23L, 24L), List.of(32L),
                        List.of(today().minusDays(34)), List.of(today().minusDays(34)),
                        List.of("00000000-0000-0000-0000-000000000042"), List.of("valid")));

        assertThat(counts(HISTORY)).as("history rows").isEqualTo(historyBefore);
        assertThat(purged()).containsExactlyInAnyOrderEntriesOf(Map.of("point_use_rejection", 1.0,
                "stock_reservation_outcome", 2.0, "coupon_redemption", 2.0, "ranking_order", 1.0,
                "ranking_daily_sales", 1.0, "ranking_sales_day", 1.0, "event_publication_dead_letter", 1.0,
                "idempotency_record", 1.0));
    }

    private void writeHistory(LocalDateTime at) {
        jdbc.update("INSERT INTO wallet (user_id, balance, updated_at) VALUES (1, 500, ?)", at);
        jdbc.update("""
                INSERT INTO point_ledger (user_id, entry_type, amount, balance_after, order_id, created_at)
                VALUES (1, 'CHARGE', 1000, 1000, NULL, ?), (1, 'USE', 500, 500, 14, ?)""", at, at);
        jdbc.update("""
                INSERT INTO product (product_id, name, price, stock, created_at, updated_at)
                VALUES (1, 'Keyboard', 1000, 10, ?, ?)""", at, at);
        jdbc.update("""
                INSERT INTO coupon (coupon_id, name, discount_type, discount_value, min_order_amount, total_quantity,
                                    issued_quantity, valid_days, created_at)
                VALUES (1, 'Welcome', 'FIXED', 100, 0, 10, 1, 30, ?)""", at);
        jdbc.update("""
                INSERT INTO user_coupon (coupon_id, user_id, status, issued_at, expires_at, used_at, order_id)
                VALUES (1, 1, 'USED', ?, ?, ?, 24)""", at, at, at);
        jdbc.update("""
                INSERT INTO orders (order_id, user_id, saga_state, total_amount, discount_amount, paid_amount,
                                    awaiting_stock_release, awaiting_coupon_restore, awaiting_points_refund,
                                    created_at, completed_at)
                VALUES (14, 1, 'COMPLETED', 600, 100, 500, FALSE, FALSE, FALSE, ?, ?)""", at, at);
        jdbc.update("""
                INSERT INTO order_line (order_id, product_id, quantity, name, unit_price)
                VALUES (14, 1, 1, 'Keyboard', 600)""");
        jdbc.update("INSERT INTO ranking_product (product_id, name, price, updated_at) VALUES (1, 'Keyboard', 1000, ?)",
                at);
    }

    private void refusal(long orderId, LocalDateTime at) {
        jdbc.update("""
                INSERT INTO point_use_rejection (order_id, user_id, amount, reason, created_at)
                VALUES (?, 1, 100, 'INSUFFICIENT_POINTS', ?)""", orderId, at);
    }

    private void outcome(long orderId, String outcome, LocalDateTime decidedAt, LocalDateTime releasedAt) {
        boolean rejected = outcome.equals("REJECTED");
        jdbc.update("""
                INSERT INTO stock_reservation_outcome (order_id, outcome, reason, product_id, decided_at, released_at)
                VALUES (?, ?, ?, ?, ?, ?)""", orderId, outcome, rejected ? "INSUFFICIENT_STOCK" : null,
                rejected ? 1L : null, decidedAt, releasedAt);
    }

    private void reservationLine(long orderId) {
        jdbc.update("""
                INSERT INTO stock_reservation (order_id, product_id, quantity, unit_price, status, reserved_at)
                VALUES (?, 1, 1, 600, 'RESERVED', ?)""", orderId, daysAgo(60));
    }

    private void redemption(long orderId, String outcome, LocalDateTime answeredAt, LocalDateTime restoredAt) {
        jdbc.update("""
                INSERT INTO coupon_redemption (order_id, user_coupon_id, user_id, outcome, discount, answered_at,
                                               restored_at)
                VALUES (?, 1, 1, ?, 100, ?, ?)""", orderId, outcome, answeredAt, restoredAt);
    }

    private void rankingOrder(long orderId, LocalDateTime changedAt) {
        jdbc.update("INSERT INTO ranking_order (order_id, sales_date, status, changed_at) VALUES (?, ?, 'COUNTED', ?)",
                orderId, changedAt.toLocalDate(), changedAt);
    }

    private void salesDay(LocalDate day) {
        jdbc.update("INSERT INTO ranking_daily_sales (sales_date, product_id, quantity) VALUES (?, 1, 3)", day);
        jdbc.update("INSERT INTO ranking_sales_day (sales_date, generation, stale) VALUES (?, 1, FALSE)", day);
    }

    private void deadLetter(String id, LocalDateTime parkedAt) {
        Timestamp at = Timestamp.from(parkedAt.toInstant(ZoneOffset.UTC));
        jdbc.update("""
                INSERT INTO event_publication_dead_letter (id, listener_id, event_type, serialized_event,
                            publication_date, completion_attempts, parked_at)
                VALUES (?, 'a.listener', 'an.Event', '{}', ?, 20, ?)""", id, at, at);
    }

    private void idempotencyRecord(String key, Instant expiresAt) {
        LocalDateTime expires = LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC);
        jdbc.update("""
                INSERT INTO idempotency_record (user_id, idempotency_key, request_fingerprint, status, locked_until,
                                                created_at, expires_at)
                VALUES (1, ?, REPEAT('0', 64), 'COMPLETED', ?, ?, ?)""", key, expires, expires, expires);
    }

    private LocalDateTime daysAgo(int days) {
        return LocalDateTime.ofInstant(now.minus(Duration.ofDays(days)), ZoneOffset.UTC);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now, businessZone);
    }

    private List<Long> ids(String query) {
        return jdbc.queryForList(query + " ORDER BY 1", Long.class);
    }

    private Map<String, Long> counts(List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach(table -> counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        return counts;
    }

    private Map<String, Double> purged() {
        Map<String, Double> purged = new LinkedHashMap<>();
        meters.find("surge.retention.purged").counters().forEach(
                counter -> purged.put(counter.getId().getTag("table"), counter.count()));
        return purged;
    }
}
