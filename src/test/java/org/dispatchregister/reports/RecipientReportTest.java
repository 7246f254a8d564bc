package org.dispatchregister.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.web.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The per-recipient report's figures, checked against the hand-computed fixture (see {@link ReportFixture}). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecipientReportTest implements FixedToday {

    static final String PERIOD = "from=2025-01-01&to=2025-06-30";

    ReportFixture f;

    @BeforeAll
    void data() {
        f = ReportFixture.create();
        TestUsers.ensure("viewer", "VIEWER");
    }

    JsonPath api(Long id, String query) {
        return given().auth().preemptive().basic("viewer", TestUsers.PASSWORD)
                .get("/api/recipients/" + id + "/report?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void parentAloneOddMedian() {
        JsonPath json = api(f.parentId, PERIOD);
        assertEquals(5, json.getInt("sent"));
        assertEquals(3, json.getInt("replied"));
        assertEquals(60.0, json.getDouble("responseRate"));
        assertEquals(10.0, json.getDouble("medianDaysToReply"));
        assertEquals(30, json.getInt("longestDaysToReply"));
        assertEquals(1, json.getInt("overdue"));
        assertEquals(1, json.getInt("remindersSent"));
        List<Map<String, Object>> items = json.getList("items");
        assertEquals(5, items.size());
        assertEquals(List.of("2025-01-10", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-10"), json.getList("items.sentOn"));
        Map<String, Object> acknowledged = items.get(1);
        assertEquals("ACKNOWLEDGED", acknowledged.get("status"));
        assertEquals(true, acknowledged.get("overdue"));
        assertNull(acknowledged.get("daysToReply"), "an acknowledgement is not an answer");
        assertEquals(1, ((List<?>) acknowledged.get("replies")).size());
        assertEquals(2, ((List<?>) items.get(0).get("replies")).size(), "the acknowledgement is listed with the answer");
        assertEquals(10, items.get(0).get("daysToReply"));
        assertEquals(false, items.get(3).get("overdue"), "due 2025-08-01 is not overdue on 2025-07-01");
    }

    @Test
    void withChildrenEvenMedianAndReplyToReminder() {
        JsonPath json = api(f.parentId, PERIOD + "&children=true");
        assertEquals(8, json.getInt("sent"));
        assertEquals(6, json.getInt("replied"));
        assertEquals(75.0, json.getDouble("responseRate"));
        assertEquals(15.0, json.getDouble("medianDaysToReply"));
        assertEquals(38, json.getInt("longestDaysToReply"));
        assertEquals(1, json.getInt("overdue"));
        assertEquals(2, json.getInt("remindersSent"));
        assertEquals(3, json.getInt("bodies"));
        assertTrue(json.getList("items.recipient").contains("Office Two " + f.tag), "grandchild included");
        assertTrue(!json.getList("items.recipient").contains("Other Body " + f.tag));
    }

    @Test
    void childAloneExcludesParent() {
        JsonPath json = api(f.child1Id, PERIOD);
        assertEquals(2, json.getInt("sent"));
        assertEquals(13.5, json.getDouble("medianDaysToReply"));
        JsonPath withChildren = api(f.child1Id, PERIOD + "&children=true");
        assertEquals(3, withChildren.getInt("sent"));
        assertEquals(20.0, withChildren.getDouble("medianDaysToReply"));
    }

    @Test
    void emptyPeriod() {
        JsonPath json = api(f.parentId, "from=2023-01-01&to=2023-12-31&children=true");
        assertEquals(0, json.getInt("sent"));
        assertNull(json.get("responseRate"));
        assertNull(json.get("medianDaysToReply"));
        assertNull(json.get("longestDaysToReply"));
        assertEquals(0, json.getList("items").size());
        Session.viewer().get("/reports/recipients/" + f.parentId + "?from=2023-01-01&to=2023-12-31").then().statusCode(200)
                .body(containsString("Nothing was sent to"));
    }

    @Test
    void pageShowsFiguresAndEscapesTitles() {
        String html = Session.viewer().get("/reports/recipients/" + f.parentId + "?" + PERIOD).then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("data-figure=\"sent\">5<"), html);
        assertTrue(html.contains("data-figure=\"responseRate\">60 %<"));
        assertTrue(html.contains("data-figure=\"median\">10<"));
        assertTrue(html.contains("Appeal &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
        assertTrue(!html.contains("<script>alert(1)"));
        assertTrue(html.contains("format=pdf"), "print link");
        assertTrue(html.contains("overdue since " + Language.EN.format(LocalDate.of(2025, 3, 1))));
    }

    @Test
    void badDatesAre400WithAMessage() {
        Session viewer = Session.viewer();
        viewer.get("/reports/recipients/" + f.parentId + "?from=2025-13-45").then().statusCode(400)
                .body(containsString("is not a valid date. Enter a date as 23.02.2026 or 2026-02-23"));
        viewer.get("/reports/recipients/" + f.parentId + "?from=2025-06-01&to=2025-01-01").then().statusCode(400)
                .body(containsString("is after the end date"));
        viewer.get("/reports/recipients/" + f.parentId + "?from=<b>x").then().statusCode(400)
                .body(containsString("&lt;b&gt;x"), not(containsString("<b>x")));
        given().auth().preemptive().basic("viewer", TestUsers.PASSWORD).get("/api/recipients/" + f.parentId + "/report?to=nope")
                .then().statusCode(400).body("detail", containsString("not a valid date"));
        viewer.get("/reports/recipients/" + f.parentId + "?format=docx").then().statusCode(400)
                .body(containsString("Unknown format"));
    }

    @Test
    void unknownRecipientIs404InEveryFormat() {
        Session viewer = Session.viewer();
        for (String format : List.of("html", "pdf", "csv", "xlsx")) {
            viewer.get("/reports/recipients/987654321?format=" + format).then().statusCode(404);
        }
        given().auth().preemptive().basic("viewer", TestUsers.PASSWORD).get("/api/recipients/987654321/report")
                .then().statusCode(404);
    }

    @Test
    void signInRequired() {
        given().redirects().follow(false).get("/reports/recipients/" + f.parentId).then().statusCode(302);
        given().get("/api/recipients/" + f.parentId + "/report").then().statusCode(401);
    }
}
