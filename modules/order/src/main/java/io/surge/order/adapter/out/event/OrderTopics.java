package io.surge.order.adapter.out.event;

import io.surge.order.events.OrderCancelled;
import io.surge.order.events.OrderCompleted;
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
        return TopicBuilder.name(OrderCompleted.TOPIC).partitions(partitions).replicas(replicas).build();
    }

    @Bean
    NewTopic orderCancelledTopic(@Value("${surge.kafka.partitions}") int partitions,
            @Value("${surge.kafka.replicas}") short replicas) {
        return TopicBuilder.name(OrderCancelled.TOPIC).partitions(partitions).replicas(replicas).build();
    }
}
