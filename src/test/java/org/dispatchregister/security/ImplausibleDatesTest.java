package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 13, finding 15: one date rule everywhere (web/FormDates): a year from 1900 to 2100, refused
 * with a clear message otherwise, never stored and never silently shifted.
 */
@QuarkusTest
class ImplausibleDatesTest {

    static final List<String> IMPLAUSIBLE = List.of("0000-01-01", "-0001-01-01", "1582-10-10", "0025-03-01", "1899-12-31",
            "2101-01-01", "+10000-01-01");

    @Test
    void statementFormsAndTheApiRefuseImplausibleDates() {
        String tag = WorkflowData.unique("Dates");
        Session clerk = Session.clerk();
        clerk.get("/statements/new");
        for (String date : IMPLAUSIBLE) {
            clerk.post("/statements", Map.of("kindCode", "STATEMENT", "title", tag + " form " + date, "issuedOn", date))
                    .then().statusCode(400).body(containsString("Enter a date between 1900 and 2100"))
                    .body(containsString("value=\"" + date + "\""));
            Response api = given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).contentType("application/json")
                    .body(Map.of("kind", "STATEMENT", "title", tag + " api " + date, "responseDate", date)).post("/api/statements");
            assertEquals(400, api.statusCode(), date);
            assertTrue(api.asString().contains("between 1900 and 2100"), api.asString());
        }
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Statement.count("title like ?1", tag + "%")));
        clerk.post("/statements", Map.of("kindCode", "STATEMENT", "title", tag + " edge", "issuedOn", "1900-01-01"))
                .then().statusCode(303);
    }

    @Test
    void dispatchAndReplyDatesAndReportPeriodsFollowTheSameRule() {
        String tag = WorkflowData.unique("Dates2");
        Long recipient = WorkflowData.recipient(tag + " body");
        Long statement = WorkflowData.statement("STATEMENT", tag + " statement");
        Long dispatch = WorkflowData.dispatch(statement, recipient, java.time.LocalDate.now().minusDays(10), true, null);
        var api = given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).contentType("application/json");
        for (String date : IMPLAUSIBLE) {
            Response reply = given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).contentType("application/json")
                    .body(Map.of("receivedOn", date, "kind", "HOLDING")).post("/api/dispatches/" + dispatch + "/replies");
            assertEquals(400, reply.statusCode(), date + " " + reply.asString());
            Session viewer = Session.viewer();
            viewer.request().queryParam("from", date).get("/reports/recipients/" + recipient).then().statusCode(400)
                    .body(containsString("The start date"));
        }
        api.body(Map.of("receivedOn", java.time.LocalDate.now().toString(), "kind", "HOLDING")).post("/api/dispatches/" + dispatch + "/replies")
                .then().statusCode(201);
    }
}
