import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The harness's eyes on the bench broker (run from source: java -cp kafka.classpath bench/tools/KafkaTopic.java).
 *
 *   count <bootstrap> <topic>                 prints the number of records on the topic (sum of end - start offsets)
 *   keys  <bootstrap> <topic> <file>          reads the whole topic, writes its distinct keys (sorted) to file,
 *                                             prints "records=N distinctKeys=M"
 *
 * No consumer group is used (assign, not subscribe), so nothing is committed and reruns see the same data.
 */
public class KafkaTopic {

    public static void main(String[] args) throws Exception {
        String command = args[0];
        try (KafkaConsumer<String, byte[]> consumer = consumer(args[1])) {
            List<TopicPartition> partitions = partitions(consumer, args[2]);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            long total = 0;
            for (TopicPartition p : partitions) {
                total += end.get(p) - start.get(p);
            }
            switch (command) {
                case "count" -> System.out.println(total);
                case "keys" -> keys(consumer, partitions, start, end, Path.of(args[3]));
                default -> throw new IllegalArgumentException("unknown command " + command);
            }
        }
    }

    private static void keys(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> start, Map<TopicPartition, Long> end, Path file) throws Exception {
        consumer.assign(partitions);
        partitions.forEach(p -> consumer.seek(p, start.get(p)));
        Set<TopicPartition> open = new HashSet<>();
        for (TopicPartition p : partitions) {
            if (end.get(p) > start.get(p)) {
                open.add(p);
            }
        }
        Map<TopicPartition, Long> position = new HashMap<>(start);
        Set<String> keys = new TreeSet<>();
        long records = 0;
        long idleSince = System.nanoTime();
        while (!open.isEmpty()) {
            var batch = consumer.poll(Duration.ofMillis(500));
            if (batch.isEmpty() && System.nanoTime() - idleSince > Duration.ofSeconds(30).toNanos()) {
                throw new IllegalStateException("no progress for 30 s; still open: " + open);
            }
            for (ConsumerRecord<String, byte[]> record : batch) {
                idleSince = System.nanoTime();
                TopicPartition p = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= end.get(p)) {
                    continue;
                }
                records++;
                keys.add(record.key());
                position.put(p, record.offset() + 1);
                if (record.offset() + 1 >= end.get(p)) {
                    open.remove(p);
                }
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            keys.forEach(out::println);
        }
        System.out.println("records=" + records + " distinctKeys=" + keys.size());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            return List.of();
        }
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(props);
    }
}
