package io.surge.shared.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import io.surge.shared.error.BusinessException;
import io.surge.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs a POST at most once per (user, {@code Idempotency-Key}); see the package documentation. A controller
 * hands over its request and the work; without a key the work simply runs.
 */
@Component
public class IdempotentRequests {

    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final IdempotencyRecords records;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;

    IdempotentRequests(IdempotencyRecords records, TransactionTemplate transaction, JsonMapper json, Clock clock,
            @Value("${surge.idempotency.retention}") Duration retention,
            @Value("${surge.idempotency.lease}") Duration lease) {
        this.records = records;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.retention = retention;
        this.lease = lease;
    }

    /**
     * @param userId the acting user; keys are scoped by user
     * @param key the {@code Idempotency-Key} header, if sent
     * @param request the request body (or any value standing for the request's content)
     * @param work the request's effect and response; runs in the transaction that stores the response
     */
    public ResponseEntity<?> execute(long userId, @Nullable String key, Object request,
            Supplier<ResponseEntity<?>> work) {
        if (key == null) {
            return work.get();
        }
        Claim claim = claim(userId, new IdempotencyKey(key).value(), currentPath(), request);
        if (claim.replay() != null) {
            return claim.replay();
        }
        return completeOrRelease(claim, () -> transaction.execute(status -> {
            StoredResponse stored = store(work.get());
            if (!records.complete(userId, claim.key(), claim.owner(), stored)) {
                throw leaseLost(); // rolls the effect back: a retry owns the key now
            }
            return stored;
        }));
    }

    /**
     * For requests whose response is only known once their effect committed (a placed order: 201, or 409 for a
     * FAILED order that commits all the same): {@code effect} commits together with the id of what it created;
     * {@code respond} then builds the response from it, outside that transaction, and that response is what
     * repeats replay. A repeat that finds the effect done but no response (the first request died in between)
     * finds what was created by its id and only responds: the effect never runs twice.
     *
     * @param idOf the id of what the effect created
     * @param find what was created, by its id
     */
    public <R> ResponseEntity<?> execute(long userId, @Nullable String key, Object request, Supplier<R> effect,
            ToLongFunction<R> idOf, LongFunction<R> find, Function<R, ResponseEntity<?>> respond) {
        if (key == null) {
            return respond.apply(effect.get());
        }
        Claim claim = claim(userId, new IdempotencyKey(key).value(), currentPath(), request);
        if (claim.replay() != null) {
            return claim.replay();
        }
        return completeOrRelease(claim, () -> {
            R created = claim.resourceId() != null ? find.apply(claim.resourceId()) : transaction.execute(status -> {
                R result = effect.get();
                if (!records.attachResource(userId, claim.key(), claim.owner(), idOf.applyAsLong(result))) {
                    throw leaseLost(); // rolls the effect back: a retry owns the key now
                }
                return result;
            });
            StoredResponse stored = store(respond.apply(created));
            // if a retry took the key over meanwhile, it found what was created and stores the same response itself
            records.complete(userId, claim.key(), claim.owner(), stored);
            return stored;
        });
    }

    /** A key this attempt holds the lease of ({@code owner}), or the stored response to replay. */
    private record Claim(long userId, String key, String path, String owner, @Nullable Long resourceId,
            @Nullable ResponseEntity<?> replay) {
    }

    private Claim claim(long userId, String key, String path, Object request) {
        String fingerprint = fingerprint(path, request);
        Instant now = clock.instant();
        String owner = UUID.randomUUID().toString();
        if (records.claim(userId, key, fingerprint, now, now.plus(lease), now.plus(retention), owner)) {
            return new Claim(userId, key, path, owner, null, null);
        }
        IdempotencyRecord existing = records.find(userId, key).orElse(null);
        if (existing == null || existing.isExpiredAt(now)) {
            records.deleteExpired(userId, key, now);
            return claim(userId, key, path, request);
        }
        if (!existing.requestFingerprint().equals(fingerprint)) {
            throw new BusinessException("IDEMPOTENCY_KEY_REUSED", BusinessException.Category.UNPROCESSABLE,
                    "This Idempotency-Key was used with a different request.");
        }
        if (existing.isCompleted()) {
            return new Claim(userId, key, path, owner, null, send(existing.response(), true));
        }
        if (!existing.isLeaseExpiredAt(now)
                || !records.renewLease(userId, key, existing.lockedUntil(), now.plus(lease), owner)) {
            throw inProgress();
        }
        return new Claim(userId, key, path, owner, existing.resourceId(), null);
    }

    private static BusinessException inProgress() {
        return new BusinessException("IDEMPOTENCY_REQUEST_IN_PROGRESS", BusinessException.Category.CONFLICT,
                "A request with this Idempotency-Key is still being processed.");
    }

    /** This attempt outlived its lease and a retry took the key over: the retry's effect is the one that counts. */
    private static BusinessException leaseLost() {
        return new BusinessException("IDEMPOTENCY_REQUEST_IN_PROGRESS", BusinessException.Category.CONFLICT,
                "This attempt outlived its lease on the Idempotency-Key and a retry took it over; nothing was done "
                        + "by this attempt. Repeat the request for the retry's response.");
    }

    /**
     * Runs the claimed request. A business refusal is stored and replayed like any response; a dependency that
     * is down, or a failure of our own, releases the key so the client may simply retry.
     */
    private ResponseEntity<?> completeOrRelease(Claim claim, Supplier<StoredResponse> run) {
        try {
            return send(run.get(), false);
        } catch (BusinessException refused) {
            if (refused.category() == BusinessException.Category.UNAVAILABLE) {
                records.release(claim.userId(), claim.key(), claim.owner());
                throw refused;
            }
            StoredResponse stored = storeProblem(Problems.of(refused), claim.path());
            records.complete(claim.userId(), claim.key(), claim.owner(), stored); // kept only while still the owner
            return send(stored, false);
        } catch (RuntimeException | Error failure) {
            records.release(claim.userId(), claim.key(), claim.owner());
            throw failure;
        }
    }

    private StoredResponse store(ResponseEntity<?> response) {
        URI location = response.getHeaders().getLocation();
        return new StoredResponse(response.getStatusCode().value(), json.writeValueAsString(response.getBody()),
                false, location == null ? null : location.toString());
    }

    private StoredResponse storeProblem(ProblemDetail problem, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", path);
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return new StoredResponse(problem.getStatus(), json.writeValueAsString(body), true, null);
    }

    private static ResponseEntity<String> send(StoredResponse response, boolean replayed) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(response.problem() ? PROBLEM_JSON : MediaType.APPLICATION_JSON);
        if (response.location() != null) {
            headers.setLocation(URI.create(response.location()));
        }
        if (replayed) {
            headers.set("Idempotent-Replayed", "true");
        }
        return ResponseEntity.status(response.status()).headers(headers).body(response.body());
    }

    /** The path of the request being served: part of what makes two requests "the same", as the client sent it. */
    private static String currentPath() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
                .getRequestURI();
    }

    private String fingerprint(String path, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(path.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
