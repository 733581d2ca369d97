/**
 * Scheduled jobs: switched on for every module, and run once across instances where running on each would repeat
 * the same work. Such a job's method carries ShedLock's {@code @SchedulerLock} with a name, a {@code lockAtMostFor}
 * above its longest run and a {@code lockAtLeastFor} below its interval, and counts each run with
 * {@link io.surge.shared.scheduling.JobRuns} inside that method, so only the instance that held the lock counts
 * (ADR 0017). A job whose instances share the work among themselves, like the outbox's resubmission, is not locked.
 */
@org.jspecify.annotations.NullMarked
package io.surge.shared.scheduling;
