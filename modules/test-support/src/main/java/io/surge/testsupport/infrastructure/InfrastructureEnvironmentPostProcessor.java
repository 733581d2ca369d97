package io.surge.testsupport.infrastructure;

import java.util.Map;

import io.surge.testsupport.security.DevelopmentSecret;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application started from a test classpath (tests and {@code ./surge run}) at the infrastructure
 * of this JVM. Tests get a schema of their own; the local run sets {@code surge.infra.isolated-schema=false}
 * and keeps the configured one. Both verify bearer tokens with the {@link DevelopmentSecret} unless told otherwise.
 */
class InfrastructureEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean isolatedSchema = environment.getProperty("surge.infra.isolated-schema", Boolean.class, true);
        environment.getPropertySources()
                .addFirst(new MapPropertySource("surgeInfrastructure", Infrastructure.properties(isolatedSchema)));
        // last, so that anything configured wins: another way of verifying tokens (even an empty secret, to test
        // the refusal), or real rate limits (concurrency tests fire hundreds of one user's writes at once to test
        // invariants, not the limiter; the rate-limit tests set limits of their own). Only surge-defaults.properties
        // ranks lower: it is added after this (see getOrder).
        environment.getPropertySources().addLast(new MapPropertySource("surgeDevelopmentDefaults", Map.of(
                "surge.security.jwt.secret", DevelopmentSecret.VALUE,
                "surge.security.rate-limit.burst", 1_000_000,
                "surge.security.rate-limit.per-second", 1_000_000)));
    }

    /**
     * Late, after the application's configuration is loaded, but before shared's
     * {@code SurgeDefaultsEnvironmentPostProcessor} ({@link Ordered#LOWEST_PRECEDENCE}) adds its defaults last:
     * the development defaults above then rank above the production ones (generous rate limits, not 60 and 20).
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
