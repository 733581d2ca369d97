package io.surge.point.adapter.out.event;

import io.surge.point.events.PointsCharged;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The Kafka topics this module's externalized events go to (API.md), created at start-up if missing.
 */
@Configuration(proxyBeanMethods = false)
class PointTopics {

    @Bean
    NewTopic pointChargedTopic(@Value("${surge.kafka.partitions}") int partitions,
            @Value("${surge.kafka.replicas}") short replicas) {
        return TopicBuilder.name(PointsCharged.TOPIC).partitions(partitions).replicas(replicas).build();
    }
}
