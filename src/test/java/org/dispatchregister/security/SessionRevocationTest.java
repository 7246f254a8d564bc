package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import jakarta.inject.Inject;

import org.dispatchregister.common.OwnerOnlyFiles;
import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.users.StaffUser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 13, finding 1: a session can be ended. A copy of the session cookie (taken by anyone who saw
 * it) stops working after sign-out, a password change, a password reset, a deactivation (also once
 * the account is reactivated) and "Sign out everywhere". Finding 7: the session key is generated
 * once, kept owner-only under the data folder and reused.
 */
@QuarkusTest
class SessionRevocationTest {

    @Inject
    RegisterConfig config;

    /** The cookie a thief copied: replayed on its own, without anything the browser learnt later. */
    private static Response replay(Map<String, String> copied) {
        return given().redirects().follow(false).cookie("dr-session", copied.get("dr-session")).get("/ping");
    }

    private static void assertWorks(Map<String, String> copied, String when) {
        assertEquals(200, replay(copied).statusCode(), when);
    }

    private static void assertEnded(Map<String, String> copied, String when) {
        Response r = replay(copied);
        assertEquals(302, r.statusCode(), when);
        assertEquals("/login", r.header("Location"), when);
    }

    private static Map<String, String> copy(Session session) {
        return Map.copyOf(session.cookies());
    }

    @Test
    void signOutEndsTheSessionForACopiedCookieToo() {
        Session session = Session.signIn(TestUsers.ensure("leaving-clerk", "CLERK"), TestUsers.PASSWORD);
        Map<String, String> copied = copy(session);
        assertWorks(copied, "before sign-out");
        Session other = Session.signIn("leaving-clerk", TestUsers.PASSWORD);
        Response out = session.post("/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertEquals("/login?done=out", out.header("Location"));
        assertEnded(copied, "after sign-out");
        // only that session: the same user's other browser goes on
        other.get("/ping").then().statusCode(200);
        given().get("/login?done=out").then().body(org.hamcrest.Matchers.containsString("You have been signed out."));
    }

    @Test
    void passwordChangeEndsEveryOtherSessionAndKeepsThisOne() {
        String user = TestUsers.ensure("changing-clerk", "CLERK");
        Session elsewhere = Session.signIn(user, TestUsers.PASSWORD);
        Map<String, String> copied = copy(elsewhere);
        Session here = Session.signIn(user, TestUsers.PASSWORD);
        here.get("/account");
        here.post("/account/password", Map.of("current", TestUsers.PASSWORD, "password", "Blue-heron-over-Baku-7",
                "confirm", "Blue-heron-over-Baku-7")).then().statusCode(303);
        assertEnded(copied, "a session opened before the password change");
        here.get("/account").then().statusCode(200);
        here.get("/ping").then().statusCode(200);
    }

    @Test
    void adminResetEndsEverySessionOfTheUser() {
        String user = TestUsers.ensure("reset-clerk", "CLERK");
        Map<String, String> copied = copy(Session.signIn(user, TestUsers.PASSWORD));
        Long id = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(user).id);
        Session admin = Session.admin();
        admin.get("/admin/users/" + id);
        admin.post("/admin/users/" + id + "/password", Map.of("newPassword", "Quiet-river-stone-42")).then().statusCode(303);
        assertEnded(copied, "after an administrator reset the password");
        Session.signIn(user, "Quiet-river-stone-42").get("/ping").then().statusCode(200);
    }

    @Test
    void deactivationEndsSessionsForGoodEvenAfterReactivation() {
        String user = TestUsers.ensure("paused-clerk", "CLERK");
        Map<String, String> copied = copy(Session.signIn(user, TestUsers.PASSWORD));
        StaffUser before = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(user));
        Session admin = Session.admin();
        admin.get("/admin/users/" + before.id);
        admin.post("/admin/users/" + before.id, Map.of("username", user, "displayName", "Paused", "role", "CLERK",
                "version", before.version)).then().statusCode(303);
        assertEnded(copied, "while deactivated");
        long version = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(user).version);
        admin.post("/admin/users/" + before.id, Map.of("username", user, "displayName", "Back", "role", "CLERK", "active", "on",
                "version", version)).then().statusCode(303);
        assertEnded(copied, "after reactivation");
    }

    @Test
    void signOutEverywhereEndsEverySessionOfTheUser() {
        String user = TestUsers.ensure("lost-phone-clerk", "CLERK");
        Session phone = Session.signIn(user, TestUsers.PASSWORD);
        Map<String, String> copied = copy(phone);
        Session desk = Session.signIn(user, TestUsers.PASSWORD);
        desk.get("/account").then().body(org.hamcrest.Matchers.containsString("Sign out everywhere"));
        Response r = desk.post("/account/sessions/end", Map.of());
        assertEquals(303, r.statusCode());
        assertEquals("/login?done=everywhere", r.header("Location"));
        assertEnded(copied, "the phone's session");
        assertEquals(302, desk.request().get("/ping").statusCode(), "this session too");
        Session.signIn(user, TestUsers.PASSWORD).get("/ping").then().statusCode(200);
    }

    @Test
    void sessionKeyIsGeneratedOnceOwnerOnlyUnderTheDataFolder() throws Exception {
        Path key = Path.of(config.dataDir()).resolve("session.key");
        assertTrue(Files.exists(key), "generated on first start: " + key);
        if (OwnerOnlyFiles.posix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        }
        String value = Files.readString(key).trim();
        assertTrue(value.length() >= 40, "a 256-bit random key");
        // A session made now is readable by the same key on a later start: the cookie survives restarts.
        Session.admin().get("/ping").then().statusCode(200);
        // Quarkus' own form mechanism, which printed a temporary key at start, is never created.
        var field = io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism.class.getDeclaredField("encryptionKey");
        field.setAccessible(true);
        assertEquals(null, field.get(null), "no temporary key was generated (and logged)");
    }
}
