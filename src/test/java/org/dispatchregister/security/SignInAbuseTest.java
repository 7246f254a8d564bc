package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.dispatchregister.audit.AuditEvent;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.users.LoginThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 13, findings 6, 8, 9 and 10: another site cannot sign a victim in (login CSRF); an unknown
 * user name and a throttled one get the same answers; wrong passwords are throttled per user name
 * and per address with a growing delay instead of a lock; the current-password check of My account
 * is throttled too; bursts of failures are summarised in the audit; passwords over 72 bytes never
 * match by their first 72.
 */
@QuarkusTest
class SignInAbuseTest {

    @Inject
    LoginThrottle throttle;

    @AfterEach
    void forgetFailures() throws Exception {
        var reset = LoginThrottle.class.getDeclaredMethod("reset");
        reset.setAccessible(true);
        reset.invoke(throttle);
    }

    private static Response signIn(String user, String password, Map<String, String> headers) {
        RequestSpecification spec = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", user).formParam("j_password", password);
        headers.forEach(spec::header);
        return spec.post("/j_security_check");
    }

    private static Response signIn(String user, String password) {
        return signIn(user, password, Map.of());
    }

    @Test
    void anotherSiteCannotSubmitTheSignInForm() {
        String user = TestUsers.ensure("csrf-login", "CLERK");
        for (Map<String, String> forged : new Map[] { Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Origin", "https://attacker.example"), Map.of("Origin", "null") }) {
            Response r = signIn(user, TestUsers.PASSWORD, forged);
            assertEquals(302, r.statusCode(), forged.toString());
            assertEquals("/login?error=origin", r.header("Location"), forged.toString());
            assertNull(r.getCookie("dr-session"), "no session for " + forged);
        }
        given().get("/login?error=origin").then().body(containsString("did not come from this site"));
        // the app's own page (what a browser sends for it) and scripts without those headers still sign in
        assertEquals("/", signIn(user, TestUsers.PASSWORD, Map.of("Sec-Fetch-Site", "same-origin")).header("Location"));
        assertEquals("/", signIn(user, TestUsers.PASSWORD).header("Location"));
    }

    @Test
    void unknownAndKnownUserNamesGetTheSameAnswers() {
        String known = TestUsers.ensure("known-name", "CLERK");
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (String name : new String[] { known, unknown }) {
            Response last = null;
            for (int i = 0; i < 7; i++) {
                last = signIn(name, "wrong-password-" + i);
                assertEquals("/login?error=true", last.header("Location"), name);
            }
            assertEquals("throttled", last.getCookie("dr-login-notice"), name + ": the same notice for both");
        }
    }

    /** Issue 13, item 8: wrong passwords for a known name delay its next check; they never lock the owner out. */
    @Test
    void aKnownNameIsDelayedNeverLockedOut() throws Exception {
        String user = TestUsers.ensure("lockout-victim", "CLERK");
        for (int i = 0; i < 6; i++) {
            signIn(user, "somebody-else-guessing-" + i);
        }
        assertTrue(signIn(user, TestUsers.PASSWORD).header("Location").contains("error"), "right after the burst the name waits");
        Thread.sleep(1_100);
        assertEquals("/", signIn(user, TestUsers.PASSWORD).header("Location"), "a second later the owner signs in: a delay, not a lock");
    }

    @Test
    void failuresFromOneAddressDelayEveryNameFromThere() throws Exception {
        String user = TestUsers.ensure("address-victim", "CLERK");
        for (int i = 0; i < 21; i++) {
            signIn("spray-" + i + "-" + UUID.randomUUID(), "Password-" + i);
        }
        assertTrue(signIn(user, TestUsers.PASSWORD).header("Location").contains("error"), "this address has to wait");
        Thread.sleep(2_100);
        assertEquals("/", signIn(user, TestUsers.PASSWORD).header("Location"), "a delay, not a lock");
    }

    @Test
    void aBurstOfFailuresIsSummarisedInTheAudit() throws Exception {
        String user = TestUsers.ensure("burst-target", "CLERK");
        for (int i = 0; i < 40; i++) {
            signIn(user, "guess-" + i);
        }
        Thread.sleep(1_100);
        signIn(user, "guess-last");
        Thread.sleep(2_100);
        signIn(user, TestUsers.PASSWORD);
        long single = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("username = ?1 and action = 'LOGIN_FAILED'", user));
        java.util.List<AuditEvent> summaries = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent> list("username = ?1 and action = 'LOGIN_FAILURES'", user));
        // 41 failures: the first five one by one, the other 36 (34 of them refused during a wait) in one line
        assertEquals(5, single, "the first failures one by one");
        assertEquals(1, summaries.size(), "then one line for the rest of the burst");
        assertTrue(summaries.get(0).summary.startsWith("36 more failed attempts"), summaries.get(0).summary);
        assertTrue(summaries.get(0).summary.contains("refused while waiting"), summaries.get(0).summary);
    }

    @Test
    void currentPasswordCheckOnMyAccountIsThrottled() {
        String user = TestUsers.ensure("account-guesser", "CLERK");
        Session session = Session.signIn(user, TestUsers.PASSWORD);
        session.get("/account");
        for (int i = 0; i < 6; i++) {
            session.post("/account/password", Map.of("current", "guess-" + i, "password", "Fresh-lantern-harbour-5",
                    "confirm", "Fresh-lantern-harbour-5")).then().statusCode(400).body(containsString("not your current password"));
        }
        session.post("/account/password", Map.of("current", TestUsers.PASSWORD, "password", "Fresh-lantern-harbour-5",
                "confirm", "Fresh-lantern-harbour-5")).then().statusCode(400).body(containsString("Too many wrong passwords"));
    }

    @Test
    void aPasswordLongerThan72BytesNeverMatchesByItsFirst72() {
        String base = "Yaşıl bağçada gözəl güllər açır, quşlar oxuyur, çay axır da"; // 72 bytes in UTF-8
        Session admin = Session.admin();
        admin.get("/admin/users/new");
        admin.post("/admin/users", Map.of("username", "long-pass", "displayName", "Long", "role", "CLERK", "active", "on",
                "password", base + "x")).then().statusCode(400).body(containsString("At most 72 bytes"));
        admin.post("/admin/users", Map.of("username", "long-pass", "displayName", "Long", "role", "CLERK", "active", "on",
                "password", base)).then().statusCode(303);
        assertEquals("/", signIn("long-pass", base).header("Location"));
        assertTrue(signIn("long-pass", base + "anything").header("Location").contains("error"),
                "bcrypt would have ignored the extra bytes");
    }
}
