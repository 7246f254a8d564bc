package org.dispatchregister.dispatches;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class WorkflowApiTest {

    static RequestSpecification clerk() {
        return given().auth().preemptive().basic(TestUsers.ensure("apiclerk", "CLERK"), TestUsers.PASSWORD).contentType("application/json");
    }

    static RequestSpecification viewer() {
        return given().auth().preemptive().basic(TestUsers.ensure("apiviewer", "VIEWER"), TestUsers.PASSWORD).contentType("application/json");
    }

    @Test
    void statementDispatchReplyRoundTrip() {
        String title = WorkflowData.unique("API statement");
        int id = clerk().body(Map.of("kind", "LETTER", "title", title, "issuedOn", "2026-05-05", "issue", true))
                .post("/api/statements").then().statusCode(201).body("kind", equalTo("LETTER")).body("status", equalTo("ISSUED"))
                .extract().path("id");
        viewer().get("/api/statements/" + id).then().statusCode(200).body("title", equalTo(title));
        viewer().get("/api/statements?q=" + title.substring(4)).then().statusCode(200).body("items.title", hasItem(title));

        Long a = WorkflowData.recipient(WorkflowData.unique("Api A"));
        Long b = WorkflowData.recipient(WorkflowData.unique("Api B"));
        Long list = WorkflowData.list(WorkflowData.unique("Api list"), b);
        String sent = LocalDate.now().minusDays(40).toString();
        List<Integer> ids = clerk().body(Map.of("recipientIds", List.of(a), "listIds", List.of(list), "channel", "POST", "sentOn", sent,
                "replyDueOn", LocalDate.now().minusDays(10).toString())).post("/api/statements/" + id + "/dispatches")
                .then().statusCode(201).body("$", hasSize(2)).body("channel", hasItem("POST")).body("replyExpected", hasItem(true))
                .body("[0].recipientId", equalTo(b.intValue())).body("[0].viaListId", equalTo(list.intValue()))
                .extract().path("id");

        viewer().get("/api/dispatches?statement=" + id + "&overdue=true").then().statusCode(200).body("total", equalTo(2));
        int version = viewer().get("/api/dispatches/" + ids.get(0)).then().statusCode(200).extract().path("version");
        clerk().body(Map.of("status", "DELIVERED", "deliveredOn", LocalDate.now().minusDays(30).toString(), "version", version))
                .patch("/api/dispatches/" + ids.get(0)).then().statusCode(200).body("status", equalTo("DELIVERED"));
        clerk().body(Map.of("status", "RETURNED", "version", version)).patch("/api/dispatches/" + ids.get(0)).then().statusCode(409);
        clerk().body(Map.of("status", "PLANNED", "version", version + 1)).patch("/api/dispatches/" + ids.get(0)).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));

        clerk().body(Map.of("receivedOn", LocalDate.now().toString(), "kind", "SUBSTANTIVE", "summary", "Answer"))
                .post("/api/dispatches/" + ids.get(1) + "/replies").then().statusCode(201).body("dispatchStatus", equalTo("REPLIED"));
        clerk().body(Map.of("receivedOn", LocalDate.now().minusDays(41).toString(), "kind", "HOLDING"))
                .post("/api/dispatches/" + ids.get(1) + "/replies").then().statusCode(400)
                .body("status", equalTo(400)).body("errors[0].field", equalTo("receivedOn"));
        viewer().get("/api/recipients/" + a + "/dispatches").then().statusCode(200).body("[0].replies", equalTo(1))
                .body("[0].status", equalTo("REPLIED"));
    }

    @Test
    void badApiInputGivesFieldErrorsAndNothingIsWritten() {
        Long s = WorkflowData.statement("APPEAL", WorkflowData.unique("Api bad"));
        Long archived = WorkflowData.recipient(WorkflowData.unique("Api archived"), null, false);
        Long ok = WorkflowData.recipient(WorkflowData.unique("Api ok"));
        clerk().body(Map.of("recipientIds", List.of(archived), "channel", "EMAIL")).post("/api/statements/" + s + "/dispatches")
                .then().statusCode(400).body("errors[0].field", equalTo("recipientIds"))
                .body("errors[0].message", containsString("archived"));
        clerk().body(Map.of("recipientIds", List.of(ok), "channel", "PIGEON", "sentOn", "2026-02-30"))
                .post("/api/statements/" + s + "/dispatches").then().statusCode(400)
                .body("errors.field", hasItem("channel")).body("errors.field", hasItem("sentOn"));
        clerk().body(Map.of("recipientIds", List.of(ok), "channel", "EMAIL", "sentOn", "2026-03-10", "replyDueOn", "2026-03-01"))
                .post("/api/statements/" + s + "/dispatches").then().statusCode(400).body("errors[0].field", equalTo("replyDueOn"));
        clerk().body(Map.of("recipientIds", List.of(), "channel", "EMAIL")).post("/api/statements/" + s + "/dispatches")
                .then().statusCode(400).body("errors[0].field", equalTo("request"));
        assertEquals(0, WorkflowData.dispatchCount(s));
        clerk().body(Map.of("recipientIds", List.of(ok), "channel", "EMAIL")).post("/api/statements/987654321/dispatches").then().statusCode(404);
        clerk().body(Map.of("title", "", "kind", "NOPE")).post("/api/statements").then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("kind"));
        viewer().get("/api/statements/987654321").then().statusCode(404);
        viewer().get("/api/dispatches/987654321").then().statusCode(404);
        viewer().get("/api/recipients/987654321/dispatches").then().statusCode(404);
        viewer().body(Map.of("title", "x", "kind", "LETTER")).post("/api/statements").then().statusCode(403);
        given().get("/api/statements").then().statusCode(401);
    }
}
