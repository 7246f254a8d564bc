package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * SQL/HQL injection in every search box, filter, sort and pager parameter of the list pages, reports and
 * API list endpoints: every answer is a normal page or a clear 400 (never a 500), and no table changed.
 */
@QuarkusTest
class InjectionTest {

    static final String LONG = "x' or '1'='1".repeat(834).substring(0, 10_000);

    /** Injection attempts, odd syntax and non-numbers for numeric parameters. */
    static final List<String> PAYLOADS = List.of("' or 1=1 --", "'; drop table recipient; --", "1) or (1=1", "name desc; delete from dispatch",
            "%' union select username, password_hash from staff_user --", "\" or \"\"=\"", "1; update staff_user set role='ADMIN'",
            "-1", "99999999999999999999999", "1e3", "abc", "%", "_", "\\", "' ", "\u0000", "0x41", "name,(select 1)", LONG);

    @Inject
    EntityManager em;

    /** A page or API route and the query parameters it reads. */
    record Route(String path, List<String> params) {
        boolean api() {
            return path.startsWith("/api/");
        }
    }

    static List<Route> routes(Long recipientId, Long statementId, Long listId) {
        return List.of(
                new Route("/recipients", List.of("q", "category", "country", "parent", "status", "sort", "dir", "page")),
                new Route("/recipients/new", List.of("parent")),
                new Route("/recipients/" + recipientId + "/merge", List.of("q", "other", "keep")),
                new Route("/lists/" + listId, List.of("q")),
                new Route("/statements", List.of("q", "kind", "year", "status", "topic", "sort", "dir", "page")),
                new Route("/statements/" + statementId, List.of("status")),
                new Route("/statements/" + statementId + "/dispatch", List.of("q", "listIds", "recipientIds", "followUp", "channel",
                        "sentOn", "replyExpected", "replyDueOn", "note", "submitted", "preview")),
                new Route("/dispatches", List.of("statement", "recipient", "q", "status", "overdue", "sort", "dir", "page")),
                new Route("/replies", List.of("q", "kind", "unlinked", "sort", "dir", "page")),
                new Route("/overdue", List.of("recipient", "category", "statement", "minDays", "sort", "dir", "page")),
                new Route("/admin/audit", List.of("user", "action", "type", "id", "sort", "dir", "page")),
                new Route("/match/dispatch", List.of("statementId", "recipientIds")),
                new Route("/reports", List.of("q", "sq")),
                new Route("/reports/analytics", List.of("from", "to")),
                new Route("/reports/unanswered", List.of("from", "to", "category", "kind", "format")),
                new Route("/reports/recipients/" + recipientId, List.of("from", "to", "children", "format")),
                new Route("/reports/statements/" + statementId, List.of("format")),
                new Route("/api/recipients", List.of("q", "category", "active", "offset", "limit")),
                new Route("/api/statements", List.of("q", "kind", "year", "status", "topic", "page")),
                new Route("/api/dispatches", List.of("statement", "recipient", "q", "status", "overdue", "page")),
                new Route("/api/recipients/" + recipientId + "/report", List.of("from", "to", "children")));
    }

    Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : List.of("recipient", "dispatch", "statement", "staff_user", "distribution_list", "reply")) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }

    @Test
    void everyQueryParameterShrugsOffInjection() {
        String tag = WorkflowData.unique("Inject");
        Long recipientId = WorkflowData.recipient(tag + " body");
        Long statementId = WorkflowData.statement("STATEMENT", tag + " statement");
        WorkflowData.dispatch(statementId, recipientId, java.time.LocalDate.now().minusDays(40), true,
                java.time.LocalDate.now().minusDays(5));
        Long listId = WorkflowData.list(tag + " list", recipientId);
        Session admin = Session.admin();
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Route route : routes(recipientId, statementId, listId)) {
            for (String param : route.params()) {
                for (String payload : PAYLOADS) {
                    Response r = route.api()
                            ? given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).redirects().follow(false)
                                    .urlEncodingEnabled(true).queryParam(param, payload).get(route.path())
                            : admin.request().urlEncodingEnabled(true).queryParam(param, payload).get(route.path());
                    requests++;
                    String what = route.path() + "?" + param + "=" + shorten(payload) + " -> " + r.statusCode();
                    if (!acceptable(route, r)) {
                        failures.add(what + " " + shorten(r.asString()));
                    }
                }
            }
        }
        assertTrue(requests > 500, "sent " + requests);
        if (!failures.isEmpty()) {
            fail(failures.size() + " answers were not a normal page or a clear 400:\n" + String.join("\n", failures));
        }
        assertEquals(before, counts(), "no table changed");
        admin.get("/recipients/" + recipientId).then().statusCode(200);
    }

    @Test
    void nonNumericIdsInPathsAre404NotErrors() {
        Session viewer = Session.viewer();
        Map<String, Long> before = counts();
        for (String base : List.of("/recipients/", "/lists/", "/statements/", "/dispatches/", "/replies/", "/reports/recipients/",
                "/reports/statements/", "/attachments/")) {
            for (String id : List.of("1%20or%201=1", "1;drop%20table%20recipient", "abc", "-1", "99999999999999999999")) {
                int status = viewer.request().get(base + id).statusCode();
                assertTrue(status == 404 || status == 400, base + id + " -> " + status);
            }
        }
        assertEquals(before, counts());
    }

    /** A normal page (200), a redirect to a clean URL, or a clear 400 (an HTML page or JSON with a message). */
    static boolean acceptable(Route route, Response r) {
        int status = r.statusCode();
        if (status == 200 || status == 303 || status == 302) {
            return true;
        }
        if (status == 400 || status == 404) {
            String body = r.asString();
            // the API's one error shape: problem details (RFC 9457)
            return route.api() ? r.contentType().startsWith("application/problem+json") && !body.isBlank()
                    : r.contentType().startsWith("text/html") && body.contains("</html>");
        }
        return false;
    }

    static String shorten(String s) {
        return s == null ? "" : s.length() > 80 ? s.substring(0, 80) + "…(" + s.length() + ")" : s;
    }
}
