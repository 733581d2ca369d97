package io.surge.shared.persistence;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How every module's jOOQ talks to the database. */
@Configuration(proxyBeanMethods = false)
class JooqSettingsConfiguration {

    /**
     * jOOQ would ask the server for the warnings of every statement that has some ({@code SHOW WARNINGS}, one more
     * round trip, e.g. after each {@code INSERT IGNORE} of a row that exists); nothing reads them.
     */
    @Bean
    DefaultConfigurationCustomizer jooqWithoutWarningLookups() {
        return configuration -> configuration.settings().setFetchWarnings(false);
    }
}
