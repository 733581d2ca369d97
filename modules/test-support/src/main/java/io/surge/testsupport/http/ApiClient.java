package io.surge.testsupport.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

import io.surge.testsupport.security.TestTokens;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for API tests: thread-safe, so concurrency tests can fire from many threads at once. It calls
 * anonymously; {@link #as(long)}, {@link #asAdmin()} and {@link #withToken(String)} give a client that sends a
 * bearer token with every request.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long ADMIN_USER_ID = 0;

    private final String baseUrl;
    private final @Nullable String token;

    public ApiClient(int port) {
        this("http://localhost:" + port, null);
    }

    private ApiClient(String baseUrl, @Nullable String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Calls as the user with this id. */
    public ApiClient as(long userId) {
        return withToken(TestTokens.user(userId));
    }

    /** Calls with the admin scope. */
    public ApiClient asAdmin() {
        return withToken(TestTokens.admin(ADMIN_USER_ID));
    }

    public ApiClient anonymous() {
        return new ApiClient(baseUrl, null);
    }

    /** Calls with exactly this {@code Authorization: Bearer} value, valid or not. */
    public ApiClient withToken(String bearerToken) {
        return new ApiClient(baseUrl, bearerToken);
    }

    public ApiResponse get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public ApiResponse post(String path, Object body) {
        return post(path, body, Map.of());
    }

    /** @param body a JSON string sent as it is, or any other value serialized to JSON */
    public ApiResponse post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body instanceof String raw ? raw : JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request);
    }

    public ApiResponse send(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .method(method, BodyPublishers.ofString(body)));
    }

    private ApiResponse send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            var response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }
}
