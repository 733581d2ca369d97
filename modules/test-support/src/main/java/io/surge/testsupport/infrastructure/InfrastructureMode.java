package io.surge.testsupport.infrastructure;

import java.util.Locale;

import org.testcontainers.DockerClientFactory;

/**
 * Where tests and the local run get their infrastructure from: {@code containers} (Testcontainers: MySQL 8,
 * Redis 7, Kafka), {@code local} (the machine's MariaDB and Redis, an in-JVM KRaft broker), or {@code auto}
 * (containers when a Docker engine answers). Chosen by the {@code surge.infra} system property or the
 * {@code SURGE_INFRA} environment variable.
 */
enum InfrastructureMode {

    CONTAINERS, LOCAL;

    static InfrastructureMode current() {
        String configured = System.getProperty("surge.infra", System.getenv().getOrDefault("SURGE_INFRA", "auto"));
        return switch (configured.trim().toLowerCase(Locale.ROOT)) {
            case "containers" -> CONTAINERS;
            case "local" -> LOCAL;
            case "auto", "" -> dockerAvailable() ? CONTAINERS : LOCAL;
            default -> throw new IllegalArgumentException(
                    "surge.infra must be auto, containers or local, not '" + configured + "'");
        };
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError notAvailable) {
            return false;
        }
    }
}
