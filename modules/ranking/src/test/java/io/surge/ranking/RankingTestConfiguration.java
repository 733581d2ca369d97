package io.surge.ranking;

import io.surge.testsupport.time.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every ranking integration test imports, so they share one cached context per web environment and
 * properties: a clock tests can set ("today" is read from the primary {@code Clock}; the platform's stays a bean).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RankingTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
