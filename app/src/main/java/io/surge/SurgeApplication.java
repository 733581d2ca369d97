package io.surge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Surge: an e-commerce backend for traffic surges, built as a modular monolith whose modules (point, catalog,
 * coupon, order, ranking) talk only through events. See README.md and docs/adr.
 */
@SpringBootApplication
@Modulithic(systemName = "Surge", sharedModules = "shared")
public class SurgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(SurgeApplication.class, args);
    }
}
