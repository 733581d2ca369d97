package io.surge.order.adapter.out.event;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The data platform's order feed (API.md), created at start-up if missing.
 */
@Configuration(proxyBeanMethods = false)
class OrderTopics {

    @Bean
    NewTopic orderCompletedTopic(@Value("${surge.kafka.partitions}") int partitions,
            @Value("${surge.kafka.replicas}") short replicas) {
        return TopicBuilder.name("surge.order.completed").partitions(partitions).replicas(replicas).build();
    }

    @Bean
    NewTopic orderCancelledTopic(@Value("${surge.kafka.partitions}") int partitions,
            @Value("${surge.kafka.replicas}") short replicas) {
        return TopicBuilder.name("surge.order.cancelled").partitions(partitions).replicas(replicas).build();
    }
}
