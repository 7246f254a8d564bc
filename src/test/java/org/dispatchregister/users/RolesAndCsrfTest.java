package org.dispatchregister.users;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RolesAndCsrfTest {

    @Test
    void viewerReadsButGets403OnEveryAdminActionAndPage() {
        Session viewer = Session.viewer();
        viewer.get("/").then().statusCode(200);
        viewer.get("/admin/users").then().statusCode(403).body(containsString("Not allowed"));
        viewer.post("/admin/users", Map.of("username", "x1", "displayName", "X", "role", "ADMIN", "active", "on",
                "password", "long-enough-password")).then().statusCode(403);
        viewer.post("/admin/backup", Map.of()).then().statusCode(403);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> StaffUser.count("username", "x1")));
    }

    @Test
    void clerkCannotManageUsers() {
        Session clerk = Session.clerk();
        clerk.get("/admin/users/new").then().statusCode(403);
    }

    @Test
    void postWithoutCsrfTokenIsRejectedWithAPageAndChangesNothing() {
        Session admin = Session.admin();
        admin.get("/admin/users/new");
        admin.postWithoutCsrf("/admin/users", Map.of("username", "forged", "displayName", "F", "role", "ADMIN",
                "active", "on", "password", "long-enough-password"))
                .then().statusCode(400).body(containsString("security token"));
        admin.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", "forged-token-value")
                .formParam("username", "forged").formParam("displayName", "F").formParam("role", "ADMIN")
                .formParam("password", "long-enough-password").post("/admin/users").then().statusCode(400);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> StaffUser.count("username", "forged")));
    }

    @Test
    void unknownRecordIs404Page() {
        Session admin = Session.admin();
        admin.get("/admin/users/999999").then().statusCode(404).body(containsString("Not found"));
        admin.get("/admin/users/not-a-number").then().statusCode(404);
    }
}
