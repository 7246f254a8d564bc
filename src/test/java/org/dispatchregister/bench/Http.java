package org.dispatchregister.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for the bench: pages with the form-sign-in session cookie, the JSON API with
 * HTTP Basic, as the app requires. Every request has a timeout, so no loop can hang.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    final String base;
    private final HttpClient client;
    private final String basic;
    private String cookie;

    Http(String base, String user, String password) {
        this.base = base;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in through the form (POST /j_security_check) and keeps the session cookie. */
    Http signIn(String user, String password) throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding());
        cookie = sessionCookie(r.headers().allValues("set-cookie"));
        if (r.statusCode() != 302 || cookie == null) {
            throw new IOException("Sign-in as " + user + " failed: HTTP " + r.statusCode());
        }
        return this;
    }

    static String sessionCookie(List<String> setCookies) {
        for (String c : setCookies) {
            if (c.startsWith("dr-session=") && !c.startsWith("dr-session=;")) {
                return c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        return null;
    }

    String cookie() {
        return cookie;
    }

    /** A signed-in page; the refreshed session cookie, when the server sends one, is kept. */
    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        String fresh = sessionCookie(r.headers().allValues("set-cookie"));
        if (fresh != null) {
            cookie = fresh;
        }
        return r;
    }

    HttpResponse<InputStream> pageStream(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Cookie", cookie).GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    HttpResponse<String> apiGet(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", basic)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> apiPost(String path, String contentType, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", basic)
                .header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> apiPut(String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", basic)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    static String toJson(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }
}
