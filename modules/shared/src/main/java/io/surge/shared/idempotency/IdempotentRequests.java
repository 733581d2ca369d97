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
import java.util.function.Supplier;

import io.surge.shared.error.BusinessException;
import io.surge.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
     * @param path the request path; part of what makes two requests "the same"
     * @param request the request body (or any value standing for the request's content)
     * @param work the request's effect and response; runs in the transaction that stores the response
     */
    public ResponseEntity<?> execute(long userId, @Nullable String key, String path, Object request,
            Supplier<ResponseEntity<?>> work) {
        if (key == null) {
            return work.get();
        }
        String idempotencyKey = new IdempotencyKey(key).value();
        String fingerprint = fingerprint(path, request);
        Instant now = clock.instant();

        if (!records.claim(userId, idempotencyKey, fingerprint, now.plus(lease), now.plus(retention))) {
            IdempotencyRecord existing = records.find(userId, idempotencyKey).orElse(null);
            if (existing == null || existing.isExpiredAt(now)) {
                records.deleteExpired(userId, idempotencyKey, now);
                return execute(userId, key, path, request, work);
            }
            if (!existing.requestFingerprint().equals(fingerprint)) {
                throw new BusinessException("IDEMPOTENCY_KEY_REUSED", BusinessException.Category.UNPROCESSABLE,
                        "This Idempotency-Key was used with a different request.");
            }
            if (existing.isCompleted()) {
                return replay(existing.response());
            }
            if (!existing.isLeaseExpiredAt(now)
                    || !records.renewLease(userId, idempotencyKey, existing.lockedUntil(), now.plus(lease))) {
                throw new BusinessException("IDEMPOTENCY_REQUEST_IN_PROGRESS", BusinessException.Category.CONFLICT,
                        "A request with this Idempotency-Key is still being processed.");
            }
        }
        return runOnce(userId, idempotencyKey, path, work);
    }

    private ResponseEntity<?> runOnce(long userId, String key, String path, Supplier<ResponseEntity<?>> work) {
        try {
            StoredResponse response = transaction.execute(status -> {
                StoredResponse stored = store(work.get());
                records.complete(userId, key, stored);
                return stored;
            });
            return send(response, false);
        } catch (BusinessException refused) {
            if (refused.category() == BusinessException.Category.UNAVAILABLE) {
                records.release(userId, key);
                throw refused;
            }
            StoredResponse stored = storeProblem(Problems.of(refused), path);
            records.complete(userId, key, stored);
            return send(stored, false);
        } catch (RuntimeException | Error failure) {
            records.release(userId, key);
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

    private ResponseEntity<?> replay(StoredResponse response) {
        return send(response, true);
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

    /** Keys are kept for the retention period (24 h by default), then forgotten. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purgeExpired() {
        records.purgeExpired(clock.instant());
    }
}
