package io.surge.shared.adapter.out.event;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.BrokerRouting;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * Hands externalized events to Kafka as Spring Modulith's own Kafka externalizer does (routing and key from
 * {@code @Externalized}), with one difference: the publication is marked completed on an application thread, not
 * on the Kafka producer's single I/O thread. Completion is a database transaction, and run there every
 * acknowledged record waited for the commit of the one before it, capping the outbox at a few hundred records per
 * second (ADR 0012). Modulith's version is excluded in {@code surge-defaults.properties}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.modulith.events.externalization.enabled", havingValue = "true",
        matchIfMissing = true)
class KafkaExternalizationConfiguration {

    @Bean
    DelegatingEventExternalizer kafkaEventExternalizer(EventExternalizationConfiguration configuration,
            KafkaOperations<Object, Object> kafka, BeanFactory beanFactory,
            @Qualifier("applicationTaskExecutor") Executor completions) {
        var routingContext = new StandardEvaluationContext();
        routingContext.setBeanResolver(new BeanFactoryResolver(beanFactory));

        return new DelegatingEventExternalizer(configuration, (target, payload) -> {
            var routing = BrokerRouting.of(target, routingContext);
            var message = MessageBuilder.withPayload(payload)
                    .copyHeaders(configuration.getHeadersFor(payload))
                    .setHeaderIfAbsent(KafkaHeaders.KEY, routing.getKey(payload))
                    .setHeaderIfAbsent(KafkaHeaders.TOPIC, routing.getTarget(payload))
                    .build();
            return kafka.send(message).whenCompleteAsync((sent, failure) -> { }, completions);
        });
    }
}
