package org.dispatchregister.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.statements.StatementKind;
import org.dispatchregister.statements.StatementStatus;
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

    private static final Pattern FIGURE = Pattern.compile("data-figure=\"([a-zA-Z]+)\">([^<]*)<");

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    Long statementId;
    Long recipientId;

    @Test
    void aFollowUpIsNeverCountedAsASecondDispatch() {
        TestUsers.ensure("viewer", "VIEWER");
        Session viewer = Session.viewer();
        long dashboardBefore = figure(viewer.get("/").asString(), "dispatches");
        String analyticsPath = "/reports/analytics?from=2025-03-01&to=2025-05-31";
        long analyticsBefore = figure(viewer.get(analyticsPath).asString(), "sent");

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
                () -> assertEquals(1, figure(statementReport, "sent"), "statement report"),
                () -> assertTrue(statementReport.contains("data-status=\"SENT\">1<"), "statement report status counts"),
                () -> assertEquals(1, recipientReport.getInt("sent"), "recipient report"),
                () -> assertEquals(dashboardBefore + 1, figure(viewer.get("/").asString(), "dispatches"), "dashboard"),
                () -> assertEquals(analyticsBefore + 1, figure(viewer.get(analyticsPath).asString(), "sent"), "analytics"));
    }

    private void build() {
        StatementKind kind = new StatementKind();
        kind.code = "OD-" + tag;
        kind.name = "Original kind " + tag;
        kind.replyExpected = true;
        kind.replyDays = 30;
        kind.persist();
        Statement s = new Statement();
        s.kind = kind;
        s.title = "Re-sent statement " + tag;
        s.reference = "OD-" + tag;
        s.issuedOn = LocalDate.of(2025, 2, 20);
        s.status = StatementStatus.ISSUED;
        s.createdAt = LocalDateTime.now();
        s.updatedAt = s.createdAt;
        s.persist();
        statementId = s.id;
        Recipient r = new Recipient();
        r.name = "Re-sent body " + tag;
        r.sortName = r.name.toLowerCase();
        r.searchText = r.sortName;
        r.createdAt = LocalDateTime.now();
        r.updatedAt = r.createdAt;
        r.persist();
        recipientId = r.id;
        Dispatch original = dispatch(s, r, "2025-03-01", null);
        dispatch(s, r, "2025-05-01", original);
        Dispatch reminder = dispatch(s, r, "2025-04-10", original);
        reminder.letterText = "We would be grateful for a reply.";
    }

    private static Dispatch dispatch(Statement s, Recipient r, String sentOn, Dispatch followUpOf) {
        Dispatch d = new Dispatch();
        d.statement = s;
        d.recipient = r;
        d.channel = Channel.EMAIL;
        d.status = DispatchStatus.SENT;
        d.sentOn = LocalDate.parse(sentOn);
        d.replyExpected = true;
        d.replyDueOn = d.sentOn.plusDays(30);
        d.followUpOf = followUpOf;
        d.createdAt = LocalDateTime.now();
        d.createdBy = "test";
        d.updatedAt = d.createdAt;
        d.persist();
        return d;
    }

    static long figure(String html, String name) {
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Long.parseLong(m.group(2).trim());
            }
        }
        throw new AssertionError("no figure " + name);
    }
}
