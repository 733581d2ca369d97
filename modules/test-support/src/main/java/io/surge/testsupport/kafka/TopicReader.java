package io.surge.testsupport.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic on the real broker from its beginning, as the data platform would.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // the service creates its topics once the broker answers, maybe after this subscribes: wait for
                // them (not create them with the broker's defaults) and see their partitions within a second
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1_000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(topic));
    }

    /** Polls until a record matches or the timeout passes; the matches found, possibly none. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> matching,
            Duration timeout) {
        return await(matching, 1, timeout);
    }

    /** Polls until at least {@code expected} records matched or the timeout passes; the matches found. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> matching,
            int expected, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (found.size() < expected && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                if (matching.test(record)) {
                    found.add(record);
                }
            });
        }
        return found;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
