package org.dispatchregister.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * One statement sent once to one body, then re-sent to it as a follow-up and reminded by letter: one
 * original dispatch, and every page and API that counts dispatches says 1. (The statement page and the
 * dashboard used to count the re-send as a second dispatch.)
 */
@QuarkusTest
class OriginalDispatchTest implements FixedToday {

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    Long statementId;
    Long recipientId;

    @Test
    void aFollowUpIsNeverCountedAsASecondDispatch() {
        TestUsers.ensure("viewer", "VIEWER");
        Session viewer = Session.viewer();
        long dashboardBefore = PageFigures.number(viewer.get("/").asString(), "dispatches");
        String analyticsPath = "/reports/analytics?from=2025-03-01&to=2025-05-31";
        long analyticsBefore = PageFigures.number(viewer.get(analyticsPath).asString(), "sent");

        QuarkusTransaction.requiringNew().run(this::build);

        String statementPage = viewer.get("/statements/" + statementId).asString();
        JsonPath list = given().auth().preemptive().basic("viewer", TestUsers.PASSWORD)
                .get("/api/statements?q=" + tag).then().statusCode(200).extract().jsonPath();
        String statementReport = viewer.get("/reports/statements/" + statementId).asString();
        JsonPath recipientReport = given().auth().preemptive().basic("viewer", TestUsers.PASSWORD)
                .get("/api/recipients/" + recipientId + "/report?from=2025-01-01&to=2025-06-30").then().statusCode(200)
                .extract().jsonPath();
        assertAll(
                () -> assertTrue(statementPage.contains("Distribution (1)"), "statement page heading"),
                () -> assertTrue(statementPage.contains(">all 1<"), "statement page count of all"),
                () -> assertTrue(statementPage.contains(">overdue 1<"), "statement page overdue"),
                () -> assertEquals(1, list.getInt("items[0].dispatches"), "statements list"),
                () -> assertEquals(1, PageFigures.number(statementReport, "sent"), "statement report"),
                () -> assertTrue(statementReport.contains("data-status=\"SENT\">1<"), "statement report status counts"),
                () -> assertEquals(1, recipientReport.getInt("sent"), "recipient report"),
                () -> assertEquals(dashboardBefore + 1, PageFigures.number(viewer.get("/").asString(), "dispatches"), "dashboard"),
                () -> assertEquals(analyticsBefore + 1, PageFigures.number(viewer.get(analyticsPath).asString(), "sent"), "analytics"));
    }

    private void build() {
        Statement s = ReportFixture.statement(ReportFixture.kind("OD-" + tag), "Re-sent statement " + tag, "OD-" + tag);
        statementId = s.id;
        Recipient r = ReportFixture.recipient("Re-sent body " + tag, null, null);
        recipientId = r.id;
        Dispatch original = ReportFixture.dispatch(s, r, DispatchStatus.SENT, "2025-03-01", "2025-03-31", null);
        ReportFixture.dispatch(s, r, DispatchStatus.SENT, "2025-05-01", "2025-05-31", original);
        Dispatch reminder = ReportFixture.dispatch(s, r, DispatchStatus.SENT, "2025-04-10", "2025-05-10", original);
        reminder.letterText = "We would be grateful for a reply.";
    }
}
