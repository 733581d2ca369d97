package io.surge.shared.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.surge.testsupport.concurrency.Race;
import org.junit.jupiter.api.Test;

class BatchWriterTest {

    private final ConcurrentLinkedQueue<List<Integer>> written = new ConcurrentLinkedQueue<>();

    @Test
    void everySubmitterGetsItsOwnResultAndEveryItemIsWrittenOnceInBoundedBatches() throws Exception {
        BatchWriter<Integer, String> writer = new BatchWriter<>("test", Duration.ofMillis(5), 10, this::echo);
        writer.start();
        List<String> results;
        try {
            results = Race.of(200, i -> writer.submit(i).get(5, TimeUnit.SECONDS));
        } finally {
            writer.stop();
        }

        assertThat(results).containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> "item " + i).toList());
        assertThat(written.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 200).boxed().toList());
        assertThat(written).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, 10));
        assertThat(written.size()).as("batches, not one write per item").isLessThan(200);
    }

    @Test
    void aBatchThatFailsFailsEveryOneOfItsSubmitters() {
        BatchWriter<Integer, String> writer = new BatchWriter<>("test", Duration.ofMillis(50), 10, batch -> {
            throw new IllegalStateException("database away");
        });
        writer.start();
        try {
            CompletableFuture<String> first = writer.submit(1);
            CompletableFuture<String> second = writer.submit(2);

            for (CompletableFuture<String> submitted : List.of(first, second)) {
                assertThatThrownBy(() -> submitted.get(5, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(IllegalStateException.class);
            }
        } finally {
            writer.stop();
        }
    }

    @Test
    void aCancelledItemIsNotWrittenAndStoppingWritesWhatIsLeft() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BatchWriter<Integer, String> writer = new BatchWriter<>("test", Duration.ZERO, 1, batch -> {
            writing.countDown();
            await(release);
            return echo(batch);
        });
        writer.start();
        CompletableFuture<String> blocking = writer.submit(1);
        assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue(); // the writer is busy with item 1
        CompletableFuture<String> cancelled = writer.submit(2);
        CompletableFuture<String> waiting = writer.submit(3);
        cancelled.cancel(false);
        release.countDown();
        writer.stop();

        assertThat(blocking).isCompletedWithValue("item 1");
        assertThat(waiting).isCompletedWithValue("item 3");
        assertThat(written.stream().flatMap(List::stream)).containsExactlyInAnyOrder(1, 3);
        assertThat(writer.submit(4)).as("refused once stopped").isCompletedExceptionally();
        assertThat(written.stream().flatMap(List::stream)).doesNotContain(4);

        writer.start();
        try {
            assertThat(writer.submit(5).get(5, TimeUnit.SECONDS)).as("started again").isEqualTo("item 5");
        } finally {
            writer.stop();
        }
    }

    private List<String> echo(List<Integer> batch) {
        written.add(List.copyOf(batch));
        return batch.stream().map(item -> "item " + item).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
