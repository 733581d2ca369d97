package io.surge.testsupport.infrastructure;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application started from a test classpath (tests and {@code ./surge run}) at the infrastructure
 * of this JVM. Tests get a schema of their own; the local run sets {@code surge.infra.isolated-schema=false}
 * and keeps the configured one.
 */
class InfrastructureEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean isolatedSchema = environment.getProperty("surge.infra.isolated-schema", Boolean.class, true);
        environment.getPropertySources()
                .addFirst(new MapPropertySource("surgeInfrastructure", Infrastructure.properties(isolatedSchema)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
