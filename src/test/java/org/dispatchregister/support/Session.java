package org.dispatchregister.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A signed-in browser session for RestAssured tests: keeps the session and CSRF cookies and reads
 * the CSRF token from the pages, as a browser would. Redirects are not followed, so tests can
 * assert Post/Redirect/Get.
 */
public final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;

    private Session() {
    }

    public static Session signIn(String username, String password) {
        Session session = new Session();
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        if (response.statusCode() != 302 || !response.header("Location").endsWith("/")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode() + " "
                    + response.header("Location"));
        }
        session.cookies.putAll(response.cookies());
        return session;
    }

    public static Session admin() {
        return signIn("admin", TestUsers.ADMIN_PASSWORD);
    }

    public static Session clerk() {
        return signIn(TestUsers.ensure("clerk", "CLERK"), TestUsers.PASSWORD);
    }

    public static Session viewer() {
        return signIn(TestUsers.ensure("viewer", "VIEWER"), TestUsers.PASSWORD);
    }

    /** A request carrying this session's cookies. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** GET a page, remembering any refreshed cookies and the CSRF token it carries. */
    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    /** POST a form with the CSRF token of the last page this session loaded (loading "/" first if none). */
    public Response post(String path, Map<String, ?> form) {
        if (csrfToken == null) {
            get("/account");
        }
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrfToken);
        form.forEach((k, v) -> {
            if (v instanceof Iterable<?> many) {
                for (Object one : many) {
                    spec.formParam(k, String.valueOf(one));
                }
            } else if (v != null) {
                spec.formParam(k, String.valueOf(v));
            }
        });
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    /** POST a multipart form (fields and one file) with the CSRF token, as a browser's upload form does. */
    public Response postMultipart(String path, Map<String, ?> form, String fileField, String fileName, byte[] bytes, String type) {
        String token = csrfToken(); // first: loading a page may set the CSRF cookie the request must carry
        RequestSpecification spec = request().multiPart("csrf-token", token);
        form.forEach((k, v) -> spec.multiPart(k, String.valueOf(v)));
        if (fileField != null) {
            spec.multiPart(fileField, fileName, bytes, type);
        }
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    /** POST a form without any CSRF token, as a forged cross-site request would. */
    public Response postWithoutCsrf(String path, Map<String, ?> form) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded");
        form.forEach((k, v) -> spec.formParam(k, String.valueOf(v)));
        return spec.post(path);
    }

    public String csrfToken() {
        if (csrfToken == null) {
            get("/account");
        }
        return csrfToken;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private void remember(Response response) {
        cookies.putAll(response.cookies());
        String body = response.asString();
        Matcher m = CSRF.matcher(body == null ? "" : body);
        if (m.find()) {
            csrfToken = m.group(1);
        }
    }
}
