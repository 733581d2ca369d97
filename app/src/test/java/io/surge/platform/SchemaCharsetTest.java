package io.surge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.surge.SurgeApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrated schema is utf8mb4 throughout, in the one collation the migrations pin (ADR 0018): its default, every
 * table and every text column. Flyway's own history table is left out: Flyway creates it before any migration runs,
 * with whatever the server's default is, and keeps only ASCII in it (versions, script names, checksums). The
 * connections need no setting of ours: the driver talks utf8mb4, so a four-byte character survives the trip.
 */
@SpringBootTest(classes = SurgeApplication.class)
class SchemaCharsetTest {

    private static final String COLLATION = "utf8mb4_unicode_ci";

    @Autowired JdbcTemplate jdbc;

    @Test
    void theSchemaEveryTableAndEveryTextColumnAreUtf8mb4() {
        assertThat(jdbc.queryForObject("""
                SELECT CONCAT(default_character_set_name, ' ', default_collation_name)
                  FROM information_schema.schemata WHERE schema_name = DATABASE()""", String.class))
                .isEqualTo("utf8mb4 " + COLLATION);

        List<String> tables = jdbc.queryForList("""
                SELECT CONCAT(table_name, ' ', table_collation) FROM information_schema.tables
                 WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'
                   AND table_name <> 'flyway_schema_history'""", String.class);
        assertThat(tables).hasSizeGreaterThanOrEqualTo(20).allMatch(table -> table.endsWith(" " + COLLATION));

        List<String> columns = jdbc.queryForList("""
                SELECT CONCAT(table_name, '.', column_name, ' ', character_set_name, ' ', collation_name)
                  FROM information_schema.columns
                 WHERE table_schema = DATABASE() AND character_set_name IS NOT NULL
                   AND table_name <> 'flyway_schema_history'""", String.class);
        assertThat(columns).isNotEmpty().allMatch(column -> column.endsWith(" utf8mb4 " + COLLATION));
    }

    @Test
    void theConnectionTalksUtf8mb4AndAFourByteCharacterComesBackAsItWasStored() {
        assertThat(jdbc.queryForObject(
                "SELECT CONCAT(@@character_set_client, ' ', @@character_set_connection, ' ', @@character_set_results)",
                String.class)).isEqualTo("utf8mb4 utf8mb4 utf8mb4");

        String name = "Keyboard \uD83C\uDFB9 \uD55C\uAE00"; // a four-byte emoji, and Hangul
        jdbc.update("INSERT INTO product (name, price, stock, created_at, updated_at) VALUES (?, 1, 1, NOW(), NOW())",
                name);
        assertThat(jdbc.queryForObject("SELECT name FROM product", String.class)).isEqualTo(name);
    }
}
