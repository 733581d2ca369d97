package io.surge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.surge.SurgeApplication;
import io.surge.testsupport.concurrency.Race;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.infrastructure.AppInstances;
import io.surge.testsupport.http.ApiResponse;
import io.surge.testsupport.security.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The limits of API.md: a user's writes draw from one token bucket shared by every instance (429 with
 * {@code Retry-After} once it is empty), and a body over 64 KiB is refused with 413 before anything reads it.
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestLimitsApiTest {

    private static final long USER = 8_001;
    private static final String CHARGES = "/api/v1/users/" + USER + "/points/charges";

    @LocalServerPort int port;

    /**
     * Two instances with API.md's burst of 60 but a slow refill (one per second), so that the sums are exact
     * enough: 300 charges at once, half on each instance, are answered 200 about 60 times in total, never 120, and
     * the next one goes through once the {@code Retry-After} of a refused one has passed.
     */
    @Test
    void aUsersBurstIsLimitedAcrossInstancesAndOnlyAcceptedChargesCount() throws Exception {
        try (ConfigurableApplicationContext first = instance(); ConfigurableApplicationContext second = instance()) {
            List<ApiClient> instances = List.of(client(first).as(USER), client(second).as(USER));
            long started = System.nanoTime();

            List<ApiResponse> answers = Race.of(300,
                    i -> instances.get(i % 2).post(CHARGES, Map.of("amount", 10)));
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds() + 1;

            List<ApiResponse> accepted = answers.stream().filter(answer -> answer.status() == 200).toList();
            List<ApiResponse> limited = answers.stream().filter(answer -> answer.status() == 429).toList();
            assertThat(accepted.size() + limited.size()).isEqualTo(300);
            assertThat(accepted.size()).as("one shared bucket of 60, refilled %d times", seconds)
                    .isBetween(60, (int) (60 + seconds));
            assertThat(limited).allSatisfy(answer -> {
                assertThat(answer.code()).isEqualTo("RATE_LIMITED");
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.header("Retry-After")).hasValueSatisfying(
                        retryAfter -> assertThat(Long.parseLong(retryAfter)).isPositive());
            });
            assertThat(client(first).as(USER).get("/api/v1/users/" + USER + "/points").body().path("balance")
                    .asLong()).as("only the accepted charges").isEqualTo(10L * accepted.size());
            long retryAfter = Long.parseLong(limited.getLast().header("Retry-After").orElseThrow());
            Thread.sleep(Duration.ofSeconds(retryAfter));
            assertThat(instances.getFirst().post(CHARGES, Map.of("amount", 10)).status())
                    .as("a token refilled after Retry-After").isEqualTo(200);
            assertThat(client(second).as(USER + 1).post("/api/v1/users/" + (USER + 1) + "/points/charges",
                    Map.of("amount", 10)).status()).as("another user's bucket").isEqualTo(200);
            assertThat(counted(first, "surge.rate.limit.refused") + counted(second, "surge.rate.limit.refused"))
                    .as("refusals counted").isEqualTo(limited.size());
            assertThat(counted(first, "surge.rate.limit.unavailable") + counted(second, "surge.rate.limit.unavailable"))
                    .as("writes let through unlimited").isZero();
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndChangesNothing() {
        ApiClient api = new ApiClient(port).as(USER);
        String padded = "{\"amount\":10,\"padding\":\"" + "x".repeat(100 * 1024) + "\"}";

        ApiResponse refused = api.post(CHARGES, padded);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(api.get("/api/v1/users/" + USER + "/points/history").body().path("items")).isEmpty();
    }

    /** 1 MiB, within what the server swallows after answering, so the client, still sending, reads the answer. */
    @Test
    void aBodyWithoutADeclaredLengthIsCutOffAtTheLimit() throws Exception {
        HttpResponseOrFailure answer = sendStreamed(1024 * 1024, false);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(new ApiClient(port).as(USER).get("/api/v1/users/" + USER + "/points").body().path("balance")
                .asLong()).isZero();
    }

    /** 50 MB announced and streamed: refused before it is read, so the server's heap does not grow with it. */
    @Test
    void aFiftyMegabyteBodyDoesNotRaiseTheHeap() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();

        HttpResponseOrFailure answer = sendStreamed(50L * 1024 * 1024, true);

        System.gc();
        long grown = memory.getHeapMemoryUsage().getUsed() - before;
        assertThat(grown).as("heap growth in bytes").isLessThan(16L * 1024 * 1024);
        // the server answers at once and closes; a client still writing may see the connection go instead
        assertThat(answer.status() == 413 || answer.failure() != null).as(answer.toString()).isTrue();
    }

    record HttpResponseOrFailure(int status, String body, IOException failure) {
    }

    private HttpResponseOrFailure sendStreamed(long bytes, boolean declareLength) throws InterruptedException {
        var body = BodyPublishers.ofInputStream(() -> new Filler(bytes));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + CHARGES))
                .header("Authorization", "Bearer " + TestTokens.user(USER))
                .header("Content-Type", "application/json")
                .POST(declareLength ? BodyPublishers.fromPublisher(body, bytes) : body)
                .timeout(Duration.ofSeconds(30)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            var response = http.send(request, BodyHandlers.ofString());
            return new HttpResponseOrFailure(response.statusCode(), response.body(), null);
        } catch (IOException connectionClosed) {
            return new HttpResponseOrFailure(0, "", connectionClosed);
        }
    }

    /** A JSON string of the given size, produced as it is read. */
    private static final class Filler extends InputStream {

        private final long size;
        private long position;

        Filler(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long at = position++;
            return at == 0 ? '"' : at == size - 1 ? '"' : 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) read();
            }
            return count;
        }
    }

    private static ConfigurableApplicationContext instance() {
        return AppInstances.start(SurgeApplication.class, "spring.datasource.hikari.maximum-pool-size=10",
                "surge.security.rate-limit.burst=60", "surge.security.rate-limit.per-second=1",
                // two instances and 300 threads on a CI machine's cores: give Redis time, so limits never fail open
                "surge.security.rate-limit.timeout=PT5S");
    }

    private static double counted(ConfigurableApplicationContext instance, String counter) {
        return instance.getBean(MeterRegistry.class).get(counter).functionCounter().count();
    }

    private static ApiClient client(ConfigurableApplicationContext instance) {
        return AppInstances.api(instance);
    }
}
