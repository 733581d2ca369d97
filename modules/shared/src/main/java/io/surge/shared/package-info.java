/**
 * The shared kernel: what every module needs exactly once and that carries no business of its own.
 * <ul>
 * <li>{@code access}: the acting user as plain Java;</li>
 * <li>{@code config}: the clock, asynchronous listeners switched on, and {@code surge-defaults.properties} beneath
 * every other property source;</li>
 * <li>{@code error}: the plain-Java exception every business rule violation is expressed with;</li>
 * <li>{@code events}: what all module events have in common;</li>
 * <li>{@code idempotency}: the {@code Idempotency-Key} contract of the REST API, stored in the database by
 * {@code idempotency.persistence};</li>
 * <li>{@code kafka}: the modules' topics, created once the broker answers (ADR 0016);</li>
 * <li>{@code metrics}: business outcomes counted once their transaction commits (ADR 0019);</li>
 * <li>{@code outbox}: Spring Modulith's event publication registry with its bookkeeping batched, retries, dead
 * letters and gauges (ADR 0014);</li>
 * <li>{@code paging}: keyset pages as plain Java, which query ports take and return;</li>
 * <li>{@code persistence}: lazy database connections, jOOQ's settings and actions run after commit;</li>
 * <li>{@code redis}: a Redis the service can start and run without: connected at its first command, its health
 * answered in time, and calls bounded by a timeout and a circuit breaker (ADR 0016);</li>
 * <li>{@code retention}: one job purging every module's expired technical rows in bounded batches, counted
 * (ADR 0018);</li>
 * <li>{@code scheduling}: scheduled jobs, locked to run once across instances (ShedLock, ADR 0017) and counted;</li>
 * <li>{@code security}: bearer tokens, access rules, rate and size limits (ADR 0015), the acting user as a
 * controller parameter and the OpenAPI document's security scheme;</li>
 * <li>{@code web}: RFC 9457 problem responses for every error, the exceptions for 413 and 429, and pages as the API
 * shows them (opaque keyset cursors).</li>
 * </ul>
 * It depends on no module; every module may use it (see ADR 0001).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package io.surge.shared;
