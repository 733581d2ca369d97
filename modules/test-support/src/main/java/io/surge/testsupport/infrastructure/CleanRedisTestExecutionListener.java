package io.surge.testsupport.infrastructure;

import java.util.ArrayList;
import java.util.List;

import org.redisson.api.RKeys;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.KeysScanOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Deletes this JVM's Redis keys (those under its {@value Infrastructure#REDIS_KEY_PREFIX}) before each test method,
 * as {@link CleanDatabaseTestExecutionListener} empties the tables: Redis state (a coupon's issue gate, ...) must
 * not outlive the rows it was built from, whose ids the next test reuses. Again after each test class, so a finished
 * run leaves next to nothing behind. The Redis is shared with other test runs and maybe a developer's app, so it
 * only ever touches its own prefix, found with {@code SCAN} (never {@code KEYS}, never {@code FLUSHALL}).
 */
class CleanRedisTestExecutionListener extends AbstractTestExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(CleanRedisTestExecutionListener.class);
    private static final int BATCH = 500;

    @Override
    public int getOrder() {
        return 1_600; // right after the database is cleaned
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        clean(testContext);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        clean(testContext);
    }

    private static void clean(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        var context = testContext.getApplicationContext();
        String prefix = context.getEnvironment().getProperty(Infrastructure.REDIS_KEY_PREFIX);
        if (prefix == null || prefix.isBlank() || context.getBeanNamesForType(RedissonClient.class).length == 0) {
            return;
        }
        try {
            deleteKeysStartingWith(context.getBean(RedissonClient.class).getKeys(), prefix);
        } catch (RuntimeException unreachable) {
            // a test that points Redis somewhere unreachable on purpose has nothing to clean
            log.warn("Could not clean Redis keys under {}: {}", prefix, unreachable.getMessage());
        }
    }

    private static void deleteKeysStartingWith(RKeys keys, String prefix) {
        List<String> batch = new ArrayList<>(BATCH);
        KeysScanOptions underPrefix = KeysScanOptions.defaults().pattern(globEscaped(prefix) + "*").chunkSize(BATCH);
        for (String key : keys.getKeys(underPrefix)) {
            batch.add(key);
            if (batch.size() == BATCH) {
                keys.delete(batch.toArray(String[]::new));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            keys.delete(batch.toArray(String[]::new));
        }
    }

    private static String globEscaped(String literal) {
        return literal.replaceAll("([\\\\*?\\[\\]])", "\\\\$1");
    }
}
