package org.dispatchregister.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.dispatches.ReplyKind;
import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.seed.DemoSeeder;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.statements.StatementKind;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Answered and the response rate have one definition (ReplyRules): answered ⇔ REPLIED, counted ⇔
 * original, reply expected, went out and not returned. The dashboard, the reports, the analytics and the
 * API must say the same on hand-made data, on the demo data and on a generated data set. (The reports and
 * analytics used to count reply kinds over every dispatch sent, the dashboard the status over those
 * expecting a reply.)
 */
@QuarkusTest
class NumbersAgreeTest implements FixedToday {

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    DemoSeeder seeder;

    /**
     * Body A: answered by letter, set to REPLIED by hand, acknowledged only, a public statement asking
     * nothing, a returned letter: 2 answered of 3 counted, 66.7 %. Body B: three unanswered, 0 %. Body C:
     * three public statements that asked nothing: not ranked at all. All in 2011, a year no other test uses.
     */
    @Test
    void oneBodyByHandAndByLetterAgreesEverywhere() {
        Long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            StatementKind kind = ReportFixture.kind("NA-" + tag);
            Statement s = ReportFixture.statement(kind, "Numbers " + tag, "NA-" + tag);
            Recipient a = ReportFixture.recipient("Answering body " + tag, null, null);
            Recipient b = ReportFixture.recipient("Silent body " + tag, null, null);
            Recipient c = ReportFixture.recipient("Security council " + tag, null, null);
            Dispatch byLetter = ReportFixture.dispatch(s, a, DispatchStatus.REPLIED, "2011-01-10", "2011-02-10", null);
            ReportFixture.reply(byLetter, "2011-01-20", ReplyKind.SUBSTANTIVE, null);
            ReportFixture.dispatch(s, a, DispatchStatus.REPLIED, "2011-02-10", "2011-03-10", null);
            Dispatch acknowledged = ReportFixture.dispatch(s, a, DispatchStatus.ACKNOWLEDGED, "2011-03-10", "2011-04-10", null);
            ReportFixture.reply(acknowledged, "2011-03-12", ReplyKind.ACKNOWLEDGEMENT, null);
            ReportFixture.dispatch(s, a, DispatchStatus.SENT, "2011-04-10", null, null);
            ReportFixture.dispatch(s, a, DispatchStatus.RETURNED, "2011-05-10", "2011-06-10", null);
            for (int i = 1; i <= 3; i++) {
                ReportFixture.dispatch(s, b, DispatchStatus.SENT, "2011-0" + i + "-15", "2011-0" + i + "-28", null);
                ReportFixture.dispatch(s, c, DispatchStatus.DELIVERED, "2011-0" + i + "-15", null, null);
            }
            return new Long[] { a.id, b.id, c.id, s.id };
        });
        JsonPath report = api(ids[0], "from=2011-01-01&to=2011-12-31");
        String reportPage = Session.viewer().get("/reports/recipients/" + ids[0] + "?from=2011-01-01&to=2011-12-31").asString();
        String statementPage = Session.viewer().get("/reports/statements/" + ids[3]).asString();
        String analytics = Session.viewer().get("/reports/analytics?from=2011-01-01&to=2011-12-31").asString();
        String best = analytics.substring(analytics.indexOf("Best responders"), analytics.indexOf("Worst responders"));
        String worst = analytics.substring(analytics.indexOf("Worst responders"), analytics.indexOf("id=\"by-kind\""));
        assertAll(
                () -> assertEquals(5, report.getInt("sent"), "API: sent"),
                () -> assertEquals(2, report.getInt("replied"), "API: REPLIED by hand counts as answered"),
                () -> assertEquals(3, report.getInt("expectingReply"), "API: counted for the rate"),
                () -> assertEquals(66.7, report.getDouble("responseRate"), "API: rate"),
                () -> assertEquals("66.7 %", PageFigures.text(reportPage, "responseRate"), "recipient report page"),
                () -> assertEquals("2", PageFigures.text(reportPage, "replied"), "recipient report page"),
                () -> assertEquals("6", PageFigures.text(statementPage, "expectingReply"), "statement report: A's 3 and B's 3"),
                () -> assertEquals("33.3 %", PageFigures.text(statementPage, "responseRate"), "statement report: 2 of 6"),
                () -> assertEquals("33.3 %", PageFigures.text(analytics, "rate"), "analytics overall: 2 of 6"),
                () -> assertEquals("2", PageFigures.text(analytics, "replied"), "analytics overall answered"),
                () -> assertTrue(best.contains("Answering body " + tag), "A is a best responder"),
                () -> assertFalse(best.contains("Silent body " + tag), "a body at 0 % is never a best responder"),
                () -> assertTrue(worst.contains("Silent body " + tag), "B is a worst responder"),
                () -> assertFalse(analytics.contains("Security council " + tag), "a body never asked for a reply is not ranked"));
    }

    /** After the demo statements are loaded, the dashboard's all-time rate is the analytics' all-time rate. */
    @Test
    void dashboardAndAnalyticsAgreeOnTheDemoData() {
        WorkflowData.demoRecipients();
        QuarkusTransaction.requiringNew().run(seeder::seed);
        assertDashboardAgreesWithAnalytics();
    }

    /**
     * A generated register (fixed seed): random statuses, replies expected or not, follow-ups, answers by
     * letter or by hand. The analytics for the year, the sum of the per-body reports and the figures
     * computed from the entities by {@link Dispatch#countsForRate()} and {@link Dispatch#isAnswered()} agree.
     */
    @Test
    void everyPageAgreesOnAGeneratedDataSet() {
        Random random = new Random(20120101L);
        List<Long> bodies = new ArrayList<>();
        long[] expected = QuarkusTransaction.requiringNew().call(() -> generate(random, bodies));
        long sent = 0;
        long replied = 0;
        long counted = 0;
        for (Long body : bodies) {
            JsonPath report = api(body, "from=2012-01-01&to=2012-12-31");
            sent += report.getLong("sent");
            replied += report.getLong("replied");
            counted += report.getLong("expectingReply");
        }
        String analytics = Session.viewer().get("/reports/analytics?from=2012-01-01&to=2012-12-31").asString();
        long sumSent = sent;
        long sumReplied = replied;
        long sumCounted = counted;
        assertAll(
                () -> assertEquals(expected[0], sumSent, "reports: sent"),
                () -> assertEquals(expected[1], sumReplied, "reports: answered"),
                () -> assertEquals(expected[2], sumCounted, "reports: counted for the rate"),
                () -> assertEquals(expected[0], PageFigures.number(analytics, "sent"), "analytics: sent"),
                () -> assertEquals(expected[1], PageFigures.number(analytics, "replied"), "analytics: answered"),
                () -> assertEquals(expected[2], PageFigures.number(analytics, "expectingReply"), "analytics: counted"),
                () -> assertEquals(ReportStats.show(ReportStats.responseRate(expected[2], expected[3])) + " %",
                        PageFigures.text(analytics, "rate"), "analytics: rate"));
        assertDashboardAgreesWithAnalytics();
    }

    /** Fills 2012; returns {sent, answered, counted, answered of counted} computed from the entities. */
    private long[] generate(Random random, List<Long> bodies) {
        StatementKind kind = ReportFixture.kind("NG-" + tag);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statements.add(ReportFixture.statement(kind, "Generated " + i + " " + tag, "NG" + i + "-" + tag));
        }
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Recipient r = ReportFixture.recipient("Generated body " + i + " " + tag, null, null);
            recipients.add(r);
            bodies.add(r.id);
        }
        DispatchStatus[] statuses = DispatchStatus.values();
        List<Dispatch> all = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            LocalDate sentOn = LocalDate.of(2012, 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean expecting = random.nextInt(4) > 0;
            Dispatch followed = !all.isEmpty() && random.nextInt(5) == 0 ? all.get(random.nextInt(all.size())) : null;
            Statement s = followed == null ? statements.get(random.nextInt(statements.size())) : followed.statement;
            Recipient r = followed == null ? recipients.get(random.nextInt(recipients.size())) : followed.recipient;
            DispatchStatus status = statuses[random.nextInt(statuses.length)];
            Dispatch d = ReportFixture.dispatch(s, r, status, sentOn.toString(), expecting ? sentOn.plusDays(30).toString() : null,
                    followed);
            if (status == DispatchStatus.REPLIED && random.nextBoolean()) {
                ReportFixture.reply(d, sentOn.plusDays(1 + random.nextInt(20)).toString(), ReplyKind.SUBSTANTIVE, null);
            } else if (status == DispatchStatus.ACKNOWLEDGED) {
                ReportFixture.reply(d, sentOn.plusDays(2).toString(), ReplyKind.ACKNOWLEDGEMENT, null);
            }
            all.add(d);
        }
        long[] figures = new long[4];
        for (Dispatch d : all) {
            boolean wentOut = d.status != DispatchStatus.PLANNED && d.status != DispatchStatus.WITHDRAWN;
            if (d.isOriginal() && wentOut) {
                figures[0]++;
                figures[1] += d.isAnswered() ? 1 : 0;
            }
            if (d.countsForRate()) {
                figures[2]++;
                figures[3] += d.isAnswered() ? 1 : 0;
            }
        }
        return figures;
    }

    private static void assertDashboardAgreesWithAnalytics() {
        String dashboard = Session.viewer().get("/").asString();
        String analytics = Session.viewer().get("/reports/analytics").asString();
        assertAll(
                () -> assertEquals(PageFigures.text(analytics, "rate"), PageFigures.text(dashboard, "responseRate"), "rate"),
                () -> assertEquals(PageFigures.text(analytics, "expectingReply"), PageFigures.text(dashboard, "expectingReply"),
                        "dispatches counted for the rate"));
    }

    private static JsonPath api(Long id, String query) {
        TestUsers.ensure("viewer", "VIEWER");
        return given().auth().preemptive().basic("viewer", TestUsers.PASSWORD).get("/api/recipients/" + id + "/report?" + query)
                .then().statusCode(200).extract().jsonPath();
    }
}
