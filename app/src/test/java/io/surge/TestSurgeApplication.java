package io.surge;

import org.springframework.boot.SpringApplication;

/**
 * Starts Surge for a developer ({@code ./surge run}): the local MariaDB and Redis (or Testcontainers when
 * Docker answers), an in-JVM Kafka broker, the configured {@code surge} schema, and a little demo data.
 */
public class TestSurgeApplication {

    public static void main(String[] args) {
        System.setProperty("surge.infra.isolated-schema", "false");
        SpringApplication.from(SurgeApplication::main).with(DemoData.class).run(args);
    }
}
