package org.dispatchregister.recipients;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CategoriesAdminTest {

    @Test
    void adminCreatesRenamesReordersAndDeletesUnusedCategories() {
        Session admin = Session.admin();
        admin.get("/admin/categories").then().statusCode(200).body(containsString("UN_ORGAN"))
                .body(containsString("Ombudsman or NHRI association"));
        String code = "PARL_" + RegisterFixtures.uniqueAcronym();
        admin.post("/admin/categories", Map.of("code", code.toLowerCase(), "name", "Parliament <i>x</i>")).then().statusCode(303);
        Category c = QuarkusTransaction.requiringNew().call(() -> Category.findByCode(code));
        assertNotNull(c);
        admin.get("/admin/categories").then().body(containsString("Parliament &lt;i&gt;x&lt;/i&gt;"));
        admin.get("/recipients/new").then().body(containsString(code));
        admin.post("/admin/categories", Map.of("code", code, "name", "Again")).then().statusCode(400).body(containsString("exists already"));
        admin.post("/admin/categories", Map.of("code", "bad code!", "name", "")).then().statusCode(400)
                .body(containsString("Letters, digits and underscores")).body(containsString("Enter a name"));
        admin.post("/admin/categories/" + c.id + "/rename", Map.of("name", "Parliaments")).then().statusCode(400)
                .body(containsString("Send the version you read"));
        admin.post("/admin/categories/" + c.id + "/rename", Map.of("name", "Parliaments", "version", c.version)).then().statusCode(303);
        admin.post("/admin/categories/" + c.id + "/rename", Map.of("name", "Other", "version", c.version)).then().statusCode(409);
        admin.post("/admin/categories/" + c.id + "/rename", Map.of("name", "", "version", c.version + 1)).then().statusCode(400).body(containsString("Enter a name"));
        int before = QuarkusTransaction.requiringNew().call(() -> Category.<Category>findById(c.id).sortOrder);
        admin.post("/admin/categories/" + c.id + "/up", Map.of()).then().statusCode(303);
        int after = QuarkusTransaction.requiringNew().call(() -> Category.<Category>findById(c.id).sortOrder);
        assertTrue(after < before, before + " -> " + after);
        assertEquals("Parliaments", QuarkusTransaction.requiringNew().call(() -> Category.<Category>findById(c.id).name));
        Category ngo = QuarkusTransaction.requiringNew().call(() -> Category.findByCode("NGO"));
        admin.post("/admin/categories/" + ngo.id + "/delete", Map.of()).then().statusCode(400).body(containsString("cannot be deleted"));
        admin.post("/admin/categories/" + c.id + "/delete", Map.of()).then().statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Category.findByCode(code)));
        admin.post("/admin/categories/99999999/rename", Map.of("name", "x")).then().statusCode(404);
    }

    @Test
    void clerkCannotManageCategories() {
        Session clerk = Session.clerk();
        clerk.get("/admin/categories").then().statusCode(403);
        clerk.post("/admin/categories", Map.of("code", "X", "name", "X")).then().statusCode(403);
    }
}
