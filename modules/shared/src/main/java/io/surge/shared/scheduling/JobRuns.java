package io.surge.shared.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts the runs of scheduled jobs: {@code surge.jobs.runs} tagged {@code job=<name>} on the metrics endpoint, per
 * instance. A locked job counts inside its locked method, so a run skipped because another instance held the lock is
 * not counted, and the sum over all instances is how often the job ran. Without a meter registry (module tests have
 * none) nothing is counted.
 */
@Component
public class JobRuns {

    private final ObjectProvider<MeterRegistry> meters;

    JobRuns(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    /** One run of {@code job} has started on this instance. */
    public void count(String job) {
        meters.ifAvailable(registry -> Counter.builder("surge.jobs.runs")
                .description("Runs of a scheduled job on this instance; a run skipped for another's lock is not one")
                .tag("job", job)
                .register(registry)
                .increment());
    }
}
