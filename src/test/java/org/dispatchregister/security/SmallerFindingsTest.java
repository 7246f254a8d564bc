package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Issue 13, finding 17: active=all, a bad number in the address is a 400, LIKE wildcards are searched as text. */
@QuarkusTest
class SmallerFindingsTest {

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD);
    }

    @Test
    void activeAllListsArchivedAndActiveBodies() {
        String tag = WorkflowData.unique("ActiveAll");
        WorkflowData.recipient(tag + " open", null, true);
        WorkflowData.recipient(tag + " archived", null, false);
        assertEquals(2, api().queryParam("q", tag).queryParam("active", "all").get("/api/recipients").jsonPath().getInt("total"));
        assertEquals(2, api().queryParam("q", tag).get("/api/recipients").jsonPath().getInt("total"));
        assertEquals(1, api().queryParam("q", tag).queryParam("active", "true").get("/api/recipients").jsonPath().getInt("total"));
        assertEquals(1, api().queryParam("q", tag).queryParam("active", "false").get("/api/recipients").jsonPath().getInt("total"));
        api().queryParam("active", "sometimes").get("/api/recipients").then().statusCode(400)
                .body(containsString("active=all"));
    }

    @Test
    void aBadNumberInTheAddressIsA400NotA404() {
        Session viewer = Session.viewer();
        for (String url : List.of("/statements?page=abc", "/dispatches?page=1x", "/replies?page=%2B", "/overdue?page=two")) {
            Response r = viewer.request().urlEncodingEnabled(false).get(url);
            assertEquals(400, r.statusCode(), url);
            assertTrue(r.asString().contains("not a number"), url);
        }
        for (String url : List.of("/api/statements?year=abc", "/api/statements?page=x", "/api/recipients?limit=ten")) {
            Response r = api().urlEncodingEnabled(false).get(url);
            assertEquals(400, r.statusCode(), url);
            assertTrue(r.contentType().startsWith("application/problem+json"), url);
        }
    }

    @Test
    void percentAndUnderscoreAreSearchedAsText() {
        String tag = WorkflowData.unique("Wild");
        WorkflowData.statement("STATEMENT", tag + " rate of 100% answered");
        WorkflowData.statement("STATEMENT", tag + " file_name of a letter");
        WorkflowData.statement("STATEMENT", tag + " neither");
        long all = QuarkusTransaction.requiringNew().call(() -> org.dispatchregister.statements.Statement.count());
        int percent = api().queryParam("q", "%").get("/api/statements").jsonPath().getInt("total");
        int underscore = api().queryParam("q", "_").get("/api/statements").jsonPath().getInt("total");
        assertTrue(percent >= 1 && percent < all, "% matches only text with a %: " + percent + " of " + all);
        assertTrue(underscore >= 1 && underscore < all, "_ matches only text with an _: " + underscore + " of " + all);
        assertEquals(1, api().queryParam("q", tag + " rate of 100%").get("/api/statements").jsonPath().getInt("total"));
    }
}
