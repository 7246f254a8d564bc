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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for the bench: pages with the form-sign-in session cookie, the JSON API with
 * HTTP Basic, as the app requires. Every request has a timeout, so no loop can hang.
 */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    final String base;
    private final HttpClient client;
    private final String basic;
    private final java.util.Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String csrfToken;
    private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");

    public Http(String base, String user, String password) {
        this.base = base;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in through the form (POST /j_security_check) and keeps the session cookie. */
    public Http signIn(String user, String password) throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding());
        remember(r);
        if (r.statusCode() != 302 || !cookies.containsKey("dr-session")) {
            throw new IOException("Sign-in as " + user + " failed: HTTP " + r.statusCode());
        }
        return this;
    }

    /** Keeps the cookies a response sets (the session cookie is refreshed now and then; CSRF cookie). */
    private void remember(HttpResponse<?> r) {
        for (String c : r.headers().allValues("set-cookie")) {
            String pair = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            int eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length() - 1) {
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        if (r.body() instanceof String body) {
            java.util.regex.Matcher m = CSRF.matcher(body);
            if (m.find()) {
                csrfToken = m.group(1);
            }
        }
    }

    private String cookieHeader() {
        StringBuilder sb = new StringBuilder();
        cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** The session cookie as a Cookie header value, for wrk and curl. */
    public String cookie() {
        return "dr-session=" + cookies.get("dr-session");
    }

    /** Posts a browser form with the CSRF token of the last page loaded (loading /account first if none). */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields) throws IOException, InterruptedException {
        if (csrfToken == null) {
            page("/account");
        }
        StringBuilder form = new StringBuilder("csrf-token=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        fields.forEach((k, v) -> form.append('&').append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Cookie", cookieHeader()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        remember(r);
        return r;
    }

    /** Posts a browser form and returns the raw bytes (a download such as the backup). */
    public HttpResponse<byte[]> postFormBytes(String path) throws IOException, InterruptedException {
        if (csrfToken == null) {
            page("/account");
        }
        String form = "csrf-token=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Cookie", cookieHeader()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A signed-in page; the refreshed session cookie, when the server sends one, is kept. */
    public HttpResponse<String> page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Cookie", cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
        remember(r);
        return r;
    }

    HttpResponse<InputStream> pageStream(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Cookie", cookieHeader()).GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    public HttpResponse<String> apiGet(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", basic)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> apiPost(String path, String contentType, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", basic)
                .header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> apiPut(String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", basic)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    public static String toJson(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }
}
