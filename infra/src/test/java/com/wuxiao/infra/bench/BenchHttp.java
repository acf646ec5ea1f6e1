package com.wuxiao.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * The benchmark's client: HTTP/1.1 with each user's Basic credentials on every request, as an API
 * client of the product sends them, and an {@code Idempotency-Key} on every POST, as a client that
 * retries safely does (both cost the server work that a real client causes too).
 */
final class BenchHttp {

    record Response(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String password;

    BenchHttp(URI base, String password) {
        this.base = base;
        this.password = password;
    }

    Response get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    Response post(String user, String path, Object body) {
        return post(user, path, body, UUID.randomUUID().toString());
    }

    /** With the caller's key: a retry of a request whose answer was lost sends the same key and body. */
    Response post(String user, String path, Object body, String idempotencyKey) {
        return send(request(user, path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)).build());
    }

    /** GET as JSON; fails unless 2xx. */
    JsonNode json(String user, String path) {
        Response response = get(user, path);
        if (!response.ok()) {
            throw new IllegalStateException("GET " + path + " as " + user + ": " + response.status() + " " + response.body());
        }
        return read(response.body());
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json, text/plain;q=0.9");
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Response(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, "interrupted");
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
