package io.surge.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.surge.SurgeApplication;
import io.surge.testsupport.infrastructure.AppInstances;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one database run a locked job once between them (ADR 0017). Each instance
 * schedules the ranking repair every 0.1 s and holds its lock at least 1 s, so over the seconds watched the job may
 * start at most once per second across both instances, where without the lock each instance would run it ten times a
 * second. Runs are counted where they happen, by each instance's {@code surge.jobs.runs}.
 * <p>
 * Instances are started as {@code OutboxDeliveryTest} starts them (command-line arguments rank above the
 * application's configuration). Other cached contexts of this test JVM share the schema and so the lock: their runs
 * only leave fewer to these two, and the bound holds for the runs counted here all the same.
 */
class LockedJobAcrossInstancesTest {

    private static final Logger log = LoggerFactory.getLogger(LockedJobAcrossInstancesTest.class);
    private static final String JOB = "ranking.repair-fast-path";
    private static final Duration INTERVAL = Duration.ofMillis(100);
    private static final Duration HELD_AT_LEAST = Duration.ofSeconds(1);
    private static final Duration WATCHED = Duration.ofSeconds(5);

    private static final String[] INSTANCE = {
            "server.shutdown=immediate",
            "spring.datasource.hikari.maximum-pool-size=10",
            "spring.datasource.hikari.minimum-idle=2",
            "surge.ranking.repair-interval=" + INTERVAL,
            "surge.ranking.repair-lock-at-least-for=" + HELD_AT_LEAST };

    @Test
    void twoInstancesRunALockedJobAtMostOncePerLockAtLeastForBetweenThem() throws InterruptedException {
        try (ConfigurableApplicationContext one = start(); ConfigurableApplicationContext two = start()) {
            double oneBefore = runs(one);
            double twoBefore = runs(two);
            long watchFrom = System.nanoTime();
            Thread.sleep(WATCHED);
            double byOne = runs(one) - oneBefore;
            double byTwo = runs(two) - twoBefore;
            Duration watched = Duration.ofNanos(System.nanoTime() - watchFrom);
            log.info("{} in {}: {} runs by one instance, {} by the other", JOB, watched, byOne, byTwo);

            // a run starts at least HELD_AT_LEAST after the previous one; one more may have started just before the
            // window and been counted inside it
            long atMost = watched.toMillis() / HELD_AT_LEAST.toMillis() + 2;
            long unlocked = 2 * watched.toMillis() / INTERVAL.toMillis();
            assertThat(byOne + byTwo).as("runs of %s by both instances in %s (about %d without the lock)", JOB,
                    watched, unlocked).isBetween(1.0, (double) atMost);
        }
    }

    private static ConfigurableApplicationContext start() {
        return AppInstances.start(SurgeApplication.class, INSTANCE);
    }

    private static double runs(ConfigurableApplicationContext instance) {
        Counter runs = instance.getBean(MeterRegistry.class).find("surge.jobs.runs").tag("job", JOB).counter();
        return runs == null ? 0 : runs.count();
    }
}
