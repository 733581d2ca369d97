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

import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for API tests: thread-safe, so concurrency tests can fire from many threads at once.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
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
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
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
