package org.dispatchregister.users;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.dispatchregister.audit.AuditEvent;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UserAdminTest {

    @Test
    void createUserHashesPasswordAndRecordsHistoryWithAuthor() {
        Session admin = Session.admin();
        admin.get("/admin/users/new");
        admin.post("/admin/users", Map.of("username", "newclerk", "displayName", "New <b>Clerk</b>", "role", "CLERK",
                "active", "on", "password", "a-long-password-1")).then().statusCode(303);
        StaffUser saved = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername("newclerk"));
        assertTrue(saved.passwordHash.startsWith("$2"), "bcrypt hash");
        assertTrue(BcryptUtil.matches("a-long-password-1", saved.passwordHash));
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(
                () -> AuditEvent.list("entityType = 'StaffUser' and entityId = ?1", saved.id));
        assertEquals(1, events.size());
        assertEquals("CREATE", events.get(0).action);
        assertEquals("admin", events.get(0).username);
        assertTrue(events.get(0).changes.contains("displayName"));
        assertTrue(!events.get(0).changes.contains(saved.passwordHash), "the hash is never written to history");
        // Shown escaped
        admin.get("/admin/users").then().body(containsString("New &lt;b&gt;Clerk&lt;/b&gt;")).body(not(containsString("New <b>Clerk")));
    }

    @Test
    void invalidInputKeepsWhatWasTypedAndSavesNothing() {
        Session admin = Session.admin();
        admin.get("/admin/users/new");
        String longName = "x".repeat(200);
        admin.post("/admin/users", Map.of("username", "bad name!", "displayName", longName, "role", "CLERK",
                "active", "on", "password", "short"))
                .then().statusCode(400)
                .body(containsString("Letters, digits, dot, dash and underscore only"))
                .body(containsString("At most 120 characters"))
                .body(containsString("At least 12 characters"))
                .body(containsString("value=\"bad name!\""))
                .body(containsString(longName));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> StaffUser.count("displayName", longName)));
    }

    @Test
    void duplicateUsernameIsRefused() {
        Session admin = Session.admin();
        admin.get("/admin/users/new");
        admin.post("/admin/users", Map.of("username", "ADMIN", "displayName", "Other", "role", "CLERK", "active", "on",
                "password", "a-long-password-1")).then().statusCode(400).body(containsString("This user name is taken"));
    }

    @Test
    void editRecordsChangedFieldsAndStaleEditConflictsKeepingInput() {
        String name = TestUsers.ensure("editme", "VIEWER");
        StaffUser user = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(name));
        Session admin = Session.admin();
        admin.get("/admin/users/" + user.id);
        admin.post("/admin/users/" + user.id, Map.of("username", name, "displayName", "Edited Name", "role", "CLERK",
                "active", "on", "version", user.version)).then().statusCode(303);
        AuditEvent update = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .<AuditEvent>find("entityType = 'StaffUser' and entityId = ?1 and action = 'UPDATE' order by id desc", user.id)
                .firstResult());
        assertTrue(update.changes.contains("\"field\":\"role\""), update.changes);
        assertTrue(update.changes.contains("Edited Name"), update.changes);
        // A second form still carrying the old version: conflict, input kept, nothing overwritten.
        admin.post("/admin/users/" + user.id, Map.of("username", name, "displayName", "Stale Name", "role", "VIEWER",
                "active", "on", "version", user.version))
                .then().statusCode(409).body(containsString("Someone else changed this user"))
                .body(containsString("value=\"Stale Name\""));
        StaffUser after = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(name));
        assertEquals("Edited Name", after.displayName);
        admin.get("/admin/users/" + user.id).then().body(containsString("History")).body(containsString("Edited Name"));
    }

    @Test
    void resetPasswordUnlocksAndChangeOwnPasswordChecksCurrent() {
        String name = TestUsers.ensure("forgetful", "CLERK");
        StaffUser user = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(name));
        Session admin = Session.admin();
        admin.get("/admin/users/" + user.id);
        admin.post("/admin/users/" + user.id + "/password", Map.of("newPassword", "brand-new-password"))
                .then().statusCode(303);
        Session self = Session.signIn(name, "brand-new-password");
        self.get("/account");
        self.post("/account/password", Map.of("current", "wrong", "password", "another-password-9", "confirm", "another-password-9"))
                .then().statusCode(400).body(containsString("not your current password"));
        self.post("/account/password", Map.of("current", "brand-new-password", "password", "another-password-9",
                "confirm", "another-password-9")).then().statusCode(303);
        Session.signIn(name, "another-password-9");
    }
}
