package io.surge.shared.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.events.EventPublication;

class OutboxPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");

    private final OutboxProperties properties = new OutboxProperties(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofMinutes(5), 4);

    @Test
    void backOffDoublesPerAttemptUpToTheMaximum() {
        assertThat(properties.backoffAfter(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.backoffAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(properties.backoffAfter(7)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.backoffAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aFailedPublicationIsDueOnceItsBackOffHasPassed() {
        EventPublication failedThrice = publication(EventPublication.Status.FAILED, 3, T0);

        assertThat(properties.isDue(failedThrice, T0.plusSeconds(19))).isFalse();
        assertThat(properties.isDue(failedThrice, T0.plusSeconds(20))).isTrue();
    }

    @Test
    void aPublicationThatNeverFailedIsLeftToItsListener() {
        assertThat(properties.isDue(publication(EventPublication.Status.PROCESSING, 0, null), T0.plusSeconds(3600)))
                .isFalse();
        assertThat(properties.isDue(publication(EventPublication.Status.PUBLISHED, 0, null), T0.plusSeconds(3600)))
                .isFalse();
    }

    @Test
    void aFailureThatWasNeverResubmittedCountsFromItsPublication() {
        EventPublication failedOnce = publication(EventPublication.Status.FAILED, 1, null);

        assertThat(properties.isDue(failedOnce, T0.plusSeconds(4))).isFalse();
        assertThat(properties.isDue(failedOnce, T0.plusSeconds(5))).isTrue();
    }

    private static EventPublication publication(EventPublication.Status status, int attempts,
            @Nullable Instant lastResubmission) {
        return new EventPublication() {
            @Override public UUID getIdentifier() { return UUID.randomUUID(); }
            @Override public Object getEvent() { return "event"; }
            @Override public Instant getPublicationDate() { return T0; }
            @Override public Optional<Instant> getCompletionDate() { return Optional.empty(); }
            @Override public Status getStatus() { return status; }
            @Override public @Nullable Instant getLastResubmissionDate() { return lastResubmission; }
            @Override public int getCompletionAttempts() { return attempts; }
        };
    }
}
