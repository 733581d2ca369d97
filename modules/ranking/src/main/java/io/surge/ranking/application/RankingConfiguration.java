package io.surge.ranking.application;

import java.time.ZoneId;

import io.surge.ranking.domain.SalesCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RankingProperties.class, SalesCountingProperties.class })
class RankingConfiguration {

    @Bean
    SalesCalendar salesCalendar(@Value("${surge.time-zone}") ZoneId businessZone) {
        return new SalesCalendar(businessZone);
    }
}
