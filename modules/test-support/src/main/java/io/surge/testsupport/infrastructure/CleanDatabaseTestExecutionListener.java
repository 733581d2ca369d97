package io.surge.testsupport.infrastructure;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Empties every table before each test method, so tests that commit for real (Scenario, REST, concurrency)
 * start from the same state whatever ran before them in the cached context. Schema history stays, and so do the
 * scheduled jobs' lock rows (ADR 0017): ShedLock remembers which rows it created and afterwards only updates them, so
 * a job that ran before its row was emptied away would be skipped for the rest of its context's life.
 */
class CleanDatabaseTestExecutionListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 1_500; // after dependency injection, before transactional test support
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        var context = testContext.getApplicationContext();
        if (context.getBeanNamesForType(DataSource.class).length == 0) {
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'
                  AND table_name NOT LIKE 'flyway_schema_history%' AND table_name <> 'shedlock'
                """, String.class);
        jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : tables) {
                    statement.execute("TRUNCATE TABLE `" + table + "`");
                }
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            return null;
        });
    }
}
