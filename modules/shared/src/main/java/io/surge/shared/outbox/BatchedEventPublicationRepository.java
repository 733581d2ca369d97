package io.surge.shared.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.surge.shared.outbox.EventPublicationTable.StoredPublication;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.Staleness;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.util.ClassUtils;

/**
 * Spring Modulith's JDBC repository with the bookkeeping after the business commit batched (ADR 0014). Creating a
 * publication stays in the business transaction, so an event is recorded exactly when its cause commits; then:
 * <ul>
 * <li>"processing" is not written: the publication stays PUBLISHED while its listener runs, which Modulith's
 * staleness monitor watches exactly as it watches PROCESSING;</li>
 * <li>completions and failures are written in batches by {@link BatchedOutcomes};</li>
 * <li>failed publications are claimed for resubmission many at once, due-ness and remaining attempts decided in
 * SQL, and only as many as this instance may have in flight;</li>
 * <li>a resubmitted publication turns stale counting from its last resubmission.</li>
 * </ul>
 * Everything else is Modulith's own.
 */
class BatchedEventPublicationRepository implements EventPublicationRepository {

    private static final Logger log = LoggerFactory.getLogger(BatchedEventPublicationRepository.class);

    private final EventPublicationRepository modulith;
    private final EventPublicationTable table;
    private final BatchedOutcomes outcomes;
    private final EventSerializer serializer;
    private final OutboxProperties properties;
    private final Staleness staleness;
    private final Clock clock;
    /** Publications this instance claimed for resubmission whose outcome is not known yet. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    BatchedEventPublicationRepository(EventPublicationRepository modulith, EventPublicationTable table,
            BatchedOutcomes outcomes, EventSerializer serializer, OutboxProperties properties, Staleness staleness,
            Clock clock) {
        this.modulith = modulith;
        this.table = table;
        this.outcomes = outcomes;
        this.serializer = serializer;
        this.properties = properties;
        this.staleness = staleness;
        this.clock = clock;
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        return modulith.create(publication);
    }

    /** Not written: a publication on its way stays PUBLISHED, watched for staleness all the same. */
    @Override
    public void markProcessing(UUID identifier) {
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        inFlight.remove(identifier);
        outcomes.completed(identifier);
    }

    /** A publication this instance's registry does not know as in progress: rare, so Modulith's statement. */
    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        modulith.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markFailed(UUID identifier) {
        inFlight.remove(identifier);
        outcomes.failed(identifier);
    }

    /** The ones {@link #findFailedPublications} handed out are claimed already. */
    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return inFlight.contains(identifier) || modulith.markResubmitted(identifier, resubmissionDate);
    }

    /**
     * Claims and returns the due failed publications, oldest first: at most the criteria's number, and no more than
     * leaves this instance {@code max-in-flight} resubmitted publications on their way.
     */
    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        long wanted = criteria.getMaxItemsToRead() == -1 ? Long.MAX_VALUE : criteria.getMaxItemsToRead();
        int limit = (int) Math.min(wanted, properties.maxInFlight() - inFlight.size());
        if (limit <= 0) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant publishedBefore = criteria.getPublicationDateReference() != null
                ? criteria.getPublicationDateReference()
                : now;
        return table.claimDue(limit, publishedBefore, now, properties.initialBackoff(), properties.maxBackoff(),
                        properties.maxAttempts())
                .stream()
                .map(stored -> resubmitted(stored, now))
                .flatMap(Optional::stream)
                .peek(publication -> inFlight.add(publication.getIdentifier()))
                .toList();
    }

    /** Whether every publication this instance resubmitted has its outcome, so there is room for more. */
    boolean hasRoomForResubmissions() {
        return inFlight.size() < properties.maxInFlight();
    }

    private Optional<TargetEventPublication> resubmitted(StoredPublication stored, Instant resubmissionDate) {
        try {
            Class<?> type = ClassUtils.forName(stored.eventType(), getClass().getClassLoader());
            return Optional.of(new ResubmittedPublication(stored.id(),
                    serializer.deserialize(stored.serializedEvent(), type),
                    PublicationTargetIdentifier.of(stored.listenerId()), stored.publicationDate(),
                    stored.completionAttempts() + 1, resubmissionDate));
        } catch (ClassNotFoundException | LinkageError | RuntimeException unreadable) {
            log.error("Event publication {} of {} cannot be read; it counts as a failed attempt", stored.id(),
                    stored.eventType(), unreadable);
            outcomes.failed(stored.id());
            return Optional.empty();
        }
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return modulith.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return modulith.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        return modulith.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return modulith.findCompletedPublications();
    }

    /**
     * Read by Modulith's staleness monitor only, which measures every status from the publication date. A resubmitted
     * publication is stale when its last resubmission is: otherwise every publication of an old backlog would be
     * failed again, and possibly delivered twice, while it is on its way.
     */
    @Override
    public List<TargetEventPublication> findByStatus(Status status) {
        List<TargetEventPublication> found = modulith.findByStatus(status);
        if (status != Status.RESUBMITTED) {
            return found;
        }
        Instant staleBefore = clock.instant().minus(staleness.getStaleness(Status.RESUBMITTED));
        return found.stream()
                .filter(publication -> publication.getLastResubmissionDate() == null
                        || publication.getLastResubmissionDate().isBefore(staleBefore))
                .toList();
    }

    @Override
    public int countByStatus(Status status) {
        return modulith.countByStatus(status);
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        modulith.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        modulith.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        modulith.deleteCompletedPublicationsBefore(instant);
    }

    /** A publication claimed for resubmission, as Modulith's own repository would have returned it. */
    private static final class ResubmittedPublication implements TargetEventPublication {

        private final UUID identifier;
        private final Object event;
        private final PublicationTargetIdentifier target;
        private final Instant publicationDate;
        private final int completionAttempts;
        private final Instant resubmissionDate;
        private volatile @Nullable Instant completionDate;

        ResubmittedPublication(UUID identifier, Object event, PublicationTargetIdentifier target,
                Instant publicationDate, int completionAttempts, Instant resubmissionDate) {
            this.identifier = identifier;
            this.event = event;
            this.target = target;
            this.publicationDate = publicationDate;
            this.completionAttempts = completionAttempts;
            this.resubmissionDate = resubmissionDate;
        }

        @Override public UUID getIdentifier() { return identifier; }
        @Override public Object getEvent() { return event; }
        @Override public PublicationTargetIdentifier getTargetIdentifier() { return target; }
        @Override public Instant getPublicationDate() { return publicationDate; }
        @Override public Optional<Instant> getCompletionDate() { return Optional.ofNullable(completionDate); }
        @Override public Status getStatus() { return completionDate == null ? Status.RESUBMITTED : Status.COMPLETED; }
        @Override public Instant getLastResubmissionDate() { return resubmissionDate; }
        @Override public int getCompletionAttempts() { return completionAttempts; }
        @Override public void markCompleted(Instant instant) { completionDate = instant; }
    }
}
