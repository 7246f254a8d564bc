package org.dispatchregister.users;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.dispatchregister.audit.AuditEvent;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SignInTest {

    @jakarta.inject.Inject
    LoginThrottle throttle;

    @Test
    void everyPageRequiresSignIn() {
        for (String path : new String[] { "/", "/admin", "/admin/users", "/admin/audit", "/account" }) {
            given().redirects().follow(false).get(path).then().statusCode(302).header("Location", endsWith("/login"));
        }
        given().get("/login").then().statusCode(200).body(containsString("Sign in"));
    }

    @Test
    void signInAndSignOut() {
        Session admin = Session.admin();
        admin.get("/").then().statusCode(200).body(containsString("Welcome, Administrator"));
        Response out = admin.post("/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Set-Cookie").contains("dr-session=;") || out.getDetailedCookie("dr-session").getMaxAge() == 0);
    }

    @Test
    void wrongPasswordShowsMessageAndIsAudited() {
        String user = TestUsers.ensure("wrongpw", "CLERK");
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", "nope").post("/j_security_check");
        assertEquals(302, r.statusCode());
        assertTrue(r.header("Location").contains("/login?error"));
        given().get("/login?error=true").then().body(containsString("Wrong user name or password"));
        long failures = QuarkusTransaction.requiringNew().call(
                () -> AuditEvent.count("username = ?1 and action = 'LOGIN_FAILED'", user));
        assertTrue(failures >= 1);
    }

    @Test
    void fiveFailuresDelayFurtherAttemptsWithAClearMessageButNeverLockTheAccount() throws Exception {
        String user = TestUsers.ensure("lockme", "CLERK");
        try {
            Response last = null;
            for (int i = 0; i < 7; i++) {
                // five free failures, a sixth that starts a one-second wait, a seventh refused during it
                last = signIn(user, "wrong-password-" + i);
            }
            // The notice cookie makes the sign-in page say why.
            String notice = last.getCookie(PasswordIdentityProvider.LOGIN_NOTICE_COOKIE);
            assertEquals("throttled", notice);
            given().cookie(PasswordIdentityProvider.LOGIN_NOTICE_COOKIE, notice).get("/login?error=true").then()
                    .body(containsString("Too many failed sign-ins"));
            // Even the right password waits while the delay runs...
            assertTrue(signIn(user, TestUsers.PASSWORD).header("Location").contains("/login?error"));
            // ...but only that long: there is no lock an attacker could keep a user in.
            Thread.sleep(2_100);
            assertEquals("/", signIn(user, TestUsers.PASSWORD).header("Location"));
            long failures = QuarkusTransaction.requiringNew().call(
                    () -> AuditEvent.count("username = ?1 and action = 'LOGIN_FAILED'", user));
            assertEquals(5, failures, "one line for each free failure; the rest are summarised");
            long summaries = QuarkusTransaction.requiringNew().call(
                    () -> AuditEvent.count("username = ?1 and action = 'LOGIN_FAILURES'", user));
            assertEquals(1, summaries, "the summary is written when the user finally signs in");
        } finally {
            throttle.reset();
        }
    }

    private static Response signIn(String user, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    @Test
    void deactivatedUsersOpenSessionStopsWorking() throws Exception {
        String user = TestUsers.ensure("leaver", "CLERK");
        Session session = Session.signIn(user, TestUsers.PASSWORD);
        session.get("/").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> StaffUser.findByUsername(user).active = false);
        Thread.sleep(UserStatusCache.TTL.toMillis() + 200);
        Response after = session.get("/");
        assertEquals(302, after.statusCode());
        assertTrue(after.header("Location").endsWith("/login"));
    }

    @Test
    void apiAcceptsBasicAuthButNotTheSessionCookie() {
        given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).get("/api/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo("admin")).body("roles", hasItem("CLERK"));
        given().auth().preemptive().basic("admin", "wrong").get("/api/me").then().statusCode(401);
        Session admin = Session.admin();
        admin.request().get("/api/me").then().statusCode(401);
    }

    @Test
    void securityHeadersAreSet() {
        given().get("/login").then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", TestUsers.ADMIN_PASSWORD).post("/j_security_check");
        String setCookie = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("dr-session=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
    }
}
