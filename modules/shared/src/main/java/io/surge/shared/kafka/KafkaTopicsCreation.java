package io.surge.shared.kafka;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Creates the modules' topics (their {@code NewTopic} beans) once the broker answers, without holding up start-up:
 * Spring Kafka would otherwise create them while the context starts and, with the broker away, wait its whole
 * operation and close timeouts first (ADR 0016). Nothing on a request's path needs the broker (the outbox keeps what
 * is to be sent), so the service starts, and a virtual thread keeps trying every {@code retryInterval} until the
 * topics exist. {@link KafkaAdmin#initialize()} is idempotent: existing topics are kept, fewer partitions are raised.
 */
@Component
class KafkaTopicsCreation {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopicsCreation.class);

    private final KafkaAdmin admin;
    private final Duration retryInterval;
    private volatile @Nullable Thread creating;

    KafkaTopicsCreation(KafkaAdmin admin, @Value("${surge.kafka.topic-creation-retry-interval}") Duration retryInterval) {
        this.admin = admin;
        this.retryInterval = retryInterval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createTopicsInTheBackground() {
        creating = Thread.ofVirtual().name("kafka-topics").start(this::createUntilTheBrokerAnswers);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (creating != null) {
            creating.interrupt();
        }
    }

    private void createUntilTheBrokerAnswers() {
        for (int attempt = 1; !Thread.currentThread().isInterrupted(); attempt++) {
            try {
                if (admin.initialize()) {
                    return;
                }
            } catch (IllegalStateException brokerAway) {
                if (attempt == 1) {
                    log.warn("Kafka topics not created yet, retrying every {}: {}", retryInterval,
                            brokerAway.getMessage());
                }
            }
            try {
                Thread.sleep(retryInterval);
            } catch (InterruptedException closing) {
                return;
            }
        }
    }
}
