package se.ansvarskarta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests against the running application, as a script would call it. */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String authorization, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(request, authorization, headers);
    }

    public HttpResponse<String> post(String path, String authorization, String contentType, byte[] body,
                                     String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request, authorization, headers);
    }

    public HttpResponse<String> delete(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), authorization);
    }

    /** POSTs a GraphQL query; returns the parsed response body. */
    public Map<String, Object> graphql(String query, String authorization) {
        return graphql(Map.of("query", query), authorization);
    }

    /** POSTs a GraphQL request (query, and variables or operationName as needed); returns the parsed body. */
    public Map<String, Object> graphql(Map<String, Object> request, String authorization) {
        String body = JSON.writeValueAsString(request);
        HttpResponse<String> response = post("/graphql", authorization, "application/json",
                body.getBytes(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GraphQL answered " + response.statusCode() + ": " + response.body());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(response.body(), Map.class);
        return map;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String authorization, String... headers) {
        request.timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
