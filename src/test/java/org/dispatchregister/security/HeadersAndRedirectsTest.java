package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.web.ControlCharacterLogFilter;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 13, findings 11–14 and 17: redirect targets are local paths; logs escape control characters;
 * a forged Host header reaches no redirect, Location or cookie; authenticated answers are not
 * cached; a form refused for its CSRF token keeps its input; the API's 401 names Basic; the app
 * listens on 127.0.0.1 unless told otherwise.
 */
@QuarkusTest
class HeadersAndRedirectsTest {

    @Test
    void everyAuthenticatedAnswerIsNoStoreButStaticFilesAreCacheable() {
        Session admin = Session.admin();
        for (String page : List.of("/", "/recipients", "/account", "/admin/audit", "/recipients/export.csv",
                "/reports/unanswered?format=csv", "/reports/unanswered?format=xlsx")) {
            Response r = admin.get(page);
            assertEquals(200, r.statusCode(), page);
            assertEquals("no-store", r.header("Cache-Control"), page);
        }
        given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).get("/api/me").then().statusCode(200)
                .header("Cache-Control", "no-store");
        assertNotEquals("no-store", given().get("/static/app.css").header("Cache-Control"));
    }

    @Test
    void aForgedHostHeaderReachesNoRedirectLocationOrCookie() {
        String evil = "attacker.example";
        Response challenge = given().redirects().follow(false).header("Host", evil).get("/recipients");
        assertEquals(302, challenge.statusCode());
        assertEquals("/login", challenge.header("Location"));
        Response signIn = given().redirects().follow(false).header("Host", evil).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", TestUsers.ADMIN_PASSWORD).post("/j_security_check");
        assertEquals("/", signIn.header("Location"));
        Session admin = Session.admin();
        admin.get("/lists/new");
        Response created = admin.request().header("Host", evil).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", admin.csrfToken()).formParam("name", "Host test " + System.nanoTime()).post("/lists");
        assertEquals(303, created.statusCode(), created.asString());
        assertTrue(created.header("Location").startsWith("/lists/"), created.header("Location"));
        Response api = given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).header("Host", evil)
                .contentType("application/json").body(Map.of("name", "API host test " + System.nanoTime())).post("/api/lists");
        assertEquals(201, api.statusCode(), api.asString());
        assertTrue(api.header("Location").startsWith("/api/lists/"), api.header("Location"));
        for (Response r : List.of(challenge, signIn, created, api)) {
            r.headers().getValues("Set-Cookie").forEach(c -> assertFalse(c.contains(evil), c));
        }
    }

    @Test
    void theBulkFormsBackFieldIsUsedOnlyAsALocalPath() {
        Session clerk = Session.clerk();
        clerk.get("/dispatches");
        for (String back : List.of(" ", "\n", "\u0000", "/dispatches\r\nX-Forged: 1", "/dispatches x", "//attacker.example/dispatches",
                "https://attacker.example/dispatches", "/dispatches\\..\\x", "/dispatches%0d%0aX: 1")) {
            Response r = clerk.post("/dispatches/bulk", Map.of("action", "MARK_DELIVERED", "back", back));
            assertEquals(303, r.statusCode(), "back=" + back.replace("\n", "\\n") + " " + r.asString());
            String location = r.header("Location");
            assertTrue(location.equals("/dispatches") || location.equals("/dispatches%0d%0aX: 1".replace(" ", "%20"))
                    || location.startsWith("/dispatches%0d"), location);
            assertNull(r.header("X-Forged"));
        }
        assertEquals("/dispatches?status=SENT&page=2",
                clerk.post("/dispatches/bulk", Map.of("action", "MARK_DELIVERED", "back", "/dispatches?status=SENT&page=2"))
                        .header("Location"));
    }

    @Test
    void controlCharactersInLoggedValuesAreEscaped() {
        LogRecord record = new LogRecord(Level.WARNING, "Refused input on %s: %s\u001b[31m");
        record.setParameters(new Object[] { "/dispatches/bulk", "/x\r\n12:00:00 INFO  [forged] admin signed in\u0000" });
        new ControlCharacterLogFilter().isLoggable(record);
        assertEquals("Refused input on %s: %s\\u001b[31m", record.getMessage());
        assertEquals("/x\\r\\n12:00:00 INFO  [forged] admin signed in\\u0000", record.getParameters()[1]);
    }

    @Test
    void loggedLinesStillShowTheirValues() {
        // a printf-style line, as Logger.infof writes it: the filter must keep it printf-style
        for (String pattern : List.of("Unexpected error, incident %s, on %s %s", "Refused %s\u0007")) {
            org.jboss.logmanager.ExtLogRecord record = new org.jboss.logmanager.ExtLogRecord(Level.SEVERE, pattern,
                    org.jboss.logmanager.ExtLogRecord.FormatStyle.PRINTF, getClass().getName());
            record.setParameters(new Object[] { "a1b2", "GET", "/x" });
            new ControlCharacterLogFilter().isLoggable(record);
            String line = record.getFormattedMessage();
            assertTrue(line.startsWith(pattern.startsWith("Unexpected") ? "Unexpected error, incident a1b2, on GET /x" : "Refused a1b2\\u0007"),
                    line);
        }
    }

    @Test
    void aFormRefusedForItsTokenComesBackWithTheInputKeptAndAFreshToken() {
        Session admin = Session.admin();
        String name = "Kept list <b>" + System.nanoTime() + "</b>";
        // no page loaded in this session yet: the browser has no CSRF cookie, the form carries an old token
        Response refused = admin.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", "c3RhbGUtdG9rZW4tZnJvbS15ZXN0ZXJkYXk").formParam("name", name)
                .formParam("description", "Line one\nLine two").post("/lists");
        assertEquals(400, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("Your form was not saved yet"), page);
        assertTrue(page.contains("value=\"" + name.replace("<", "&lt;").replace(">", "&gt;") + "\""), "input kept, escaped");
        assertTrue(page.contains("Submit again"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> DistributionList.count("name", name)));
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find());
        String cookie = refused.getCookie("dr-csrf");
        assertEquals(token.group(1), cookie, "a fresh token, set as the cookie too");
        Response again = admin.request().cookie("dr-csrf", cookie).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1)).formParam("name", name).formParam("description", "Line one\nLine two")
                .post("/lists");
        assertEquals(303, again.statusCode(), again.asString());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> DistributionList.count("name", name)));
    }

    @Test
    void theCsrfCookieLivesAsLongAsTheSession() {
        Response page = Session.admin().get("/account");
        String setCookie = page.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("dr-csrf=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("Max-Age=28800"), setCookie);
    }

    @Test
    void theApisRefusalNamesBasicAuthentication() {
        // the scheme is case-insensitive (RFC 7235); Basic needs a realm (RFC 7617)
        given().get("/api/me").then().statusCode(401).header("WWW-Authenticate", matchesPattern("(?i)basic realm=\".+\""));
        given().auth().preemptive().basic("admin", "wrong-password").get("/api/recipients").then().statusCode(401)
                .header("WWW-Authenticate", matchesPattern("(?i)basic realm=\".+\""));
    }

    @Test
    void theAppListensOnThisComputerOnlyUnlessToldOtherwise() throws Exception {
        assertTrue(Files.readAllLines(Path.of("config", "application.properties")).contains("quarkus.http.host=127.0.0.1"));
    }
}
