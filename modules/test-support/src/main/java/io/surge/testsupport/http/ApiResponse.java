package io.surge.testsupport.http;

import java.net.http.HttpHeaders;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A response as the client saw it, with its body as JSON.
 */
public record ApiResponse(int status, HttpHeaders headers, String rawBody) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode body() {
        return JSON.readTree(rawBody);
    }

    /** The problem's {@code code}, for error responses. */
    public String code() {
        return body().path("code").asString();
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }
}
