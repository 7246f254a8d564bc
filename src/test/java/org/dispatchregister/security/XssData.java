package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A register full of script payloads, entered the way users enter data: the JSON API and the
 * admin/clerk forms (never the entities), so that whatever the application keeps or cleans on
 * the way in is what the pages then show. One set of records per payload, all tagged uniquely.
 */
final class XssData {

    /** The payloads of issue 7; each is stored in every text field that accepts it. */
    static final List<String> PAYLOADS = List.of("<script>alert('x1')</script>", "\"><img src=x onerror=alert('x2')>",
            "javascript:alert('x3')", "<svg onload=alert('x4')>");

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    /** Web addresses the validator accepts (http/https, no spaces) that still carry each payload. */
    static final List<String> WEBSITES = List.of(PAYLOADS.get(0), "https://example.org/?q=\"><img/src=x/onerror=alert('x2')>",
            "https://example.org/javascript:alert('x3')", "https://example.org/<svg/onload=alert('x4')>");

    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final List<String> categoryCodes = new ArrayList<>();
    final List<String> categoryNames = new ArrayList<>();
    final List<String> kindCodes = new ArrayList<>();
    final List<Long> kindIds = new ArrayList<>();
    final List<String> kindNames = new ArrayList<>();
    final List<Long> recipientIds = new ArrayList<>();
    final List<Map<String, Object>> recipients = new ArrayList<>();
    final List<Long> statementIds = new ArrayList<>();
    final List<Map<String, Object>> statements = new ArrayList<>();
    /** dispatches.get(i): the dispatches of statement i, one per recipient, in recipient order. */
    final List<List<Long>> dispatches = new ArrayList<>();
    final List<Long> replyIds = new ArrayList<>();
    Long listId;
    String listName;
    String listDescription;
    Long userId;
    String username;
    String displayName;
    Long reminderId;
    Long overdueDispatchId;
    String statementFileName;
    String replyFileName;
    Long unlinkedReplyId;

    static String text(int i, String field, String tag) {
        return PAYLOADS.get(i) + " " + field + " " + tag;
    }

    static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).contentType("application/json");
    }

    static XssData create() {
        XssData d = new XssData();
        Session admin = Session.admin();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            d.category(admin, i);
            d.kind(admin, i);
        }
        for (int i = 0; i < PAYLOADS.size(); i++) {
            d.recipient(i);
        }
        d.list(admin);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            d.statement(i);
            d.dispatch(i);
        }
        d.repliesAndReminder(admin);
        d.attachments(admin);
        d.user(admin);
        return d;
    }

    private void category(Session admin, int i) {
        String code = "XSS" + tag.toUpperCase() + i;
        String name = text(i, "cat", tag);
        admin.post("/admin/categories", Map.of("code", code, "name", name)).then().statusCode(303);
        categoryCodes.add(code);
        categoryNames.add(name);
    }

    private void kind(Session admin, int i) {
        String code = "XSS" + tag.toUpperCase() + i;
        String name = text(i, "kind", tag);
        admin.post("/admin/kinds", Map.of("code", code, "name", name, "replyExpected", "on", "replyDays", 30, "sortOrder", 100,
                "active", "on")).then().statusCode(303);
        kindCodes.add(code);
        kindNames.add(name);
        kindIds.add(QuarkusTransaction.requiringNew()
                .call(() -> org.dispatchregister.statements.StatementKind.findByCode(code).id));
    }

    private void recipient(int i) {
        String p = PAYLOADS.get(i);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", text(i, "name", tag));
        r.put("acronym", p + tag);
        r.put("category", categoryCodes.get(i));
        if (i > 0) {
            r.put("parentId", recipientIds.get(0));
        }
        r.put("country", text(i, "country", tag));
        r.put("city", text(i, "city", tag));
        r.put("postalAddress", text(i, "postal address", tag) + "\nline two " + p);
        // addresses refuse < > ( ) " : but keep quotes and ampersands, which must still be escaped
        r.put("emails", "o'brien&co+" + tag + i + "@example.org");
        r.put("phone", text(i, "phone", tag));
        r.put("website", WEBSITES.get(i));
        r.put("addresseeLine", text(i, "addressee", tag));
        r.put("workingLanguage", p + " lang");
        r.put("notes", text(i, "notes", tag));
        r.put("aliases", List.of(text(i, "alias", tag)));
        Response created = api().body(r).post("/api/recipients");
        assertEquals(201, created.statusCode(), created.asString());
        recipientIds.add(created.jsonPath().getLong("id"));
        recipients.add(r);
    }

    private void list(Session admin) {
        listName = text(0, "list", tag) + " " + PAYLOADS.get(1);
        listDescription = text(3, "description", tag) + " " + PAYLOADS.get(2);
        Response created = api().body(Map.of("name", listName, "description", listDescription)).post("/api/lists");
        assertEquals(201, created.statusCode(), created.asString());
        listId = created.jsonPath().getLong("id");
        for (Long id : recipientIds) {
            admin.post("/lists/" + listId + "/members/recipient", Map.of("recipientId", id)).then().statusCode(303);
        }
    }

    private void statement(int i) {
        String p = PAYLOADS.get(i);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kindCodes.get(i));
        s.put("title", text(i, "title", tag));
        s.put("reference", text(i, "ref", tag));
        s.put("issuedOn", LocalDate.now().minusDays(40).toString());
        s.put("place", text(i, "place", tag));
        s.put("signatory", text(i, "signatory", tag));
        s.put("language", p + " lang");
        s.put("summary", text(i, "summary", tag));
        s.put("fullText", text(i, "full text", tag) + "\n\nThe statement was sent to " + recipients.get(i).get("name") + ".");
        s.put("topics", text(i, "topic", tag));
        s.put("inResponseTo", text(i, "in response to", tag));
        s.put("responseReference", text(i, "response ref", tag));
        s.put("responseDate", LocalDate.now().minusDays(50).toString());
        s.put("issue", true);
        Response created = api().body(s).post("/api/statements");
        assertEquals(201, created.statusCode(), created.asString());
        statementIds.add(created.jsonPath().getLong("id"));
        statements.add(s);
    }

    private void dispatch(int i) {
        Map<String, Object> body = new HashMap<>();
        body.put("listIds", List.of(listId));
        body.put("channel", "EMAIL");
        body.put("sentOn", LocalDate.now().minusDays(40).toString());
        body.put("replyDueOn", LocalDate.now().minusDays(10).toString());
        body.put("replyExpected", true);
        body.put("note", text(i, "note", tag));
        Response created = api().body(body).post("/api/statements/" + statementIds.get(i) + "/dispatches");
        assertEquals(201, created.statusCode(), created.asString());
        List<Long> ids = new ArrayList<>();
        for (Long recipient : recipientIds) {
            ids.add(QuarkusTransaction.requiringNew().call(() -> Dispatch.<Dispatch> find("statement.id = ?1 and recipient.id = ?2",
                    statementIds.get(i), recipient).firstResult().id));
        }
        dispatches.add(ids);
    }

    private void repliesAndReminder(Session admin) {
        // statement i is answered by recipient i; every other dispatch stays overdue
        for (int i = 0; i < PAYLOADS.size(); i++) {
            Long dispatchId = dispatches.get(i).get(i);
            Response reply = api().body(Map.of("receivedOn", LocalDate.now().minusDays(5).toString(), "theirReference",
                    text(i, "their ref", tag), "kind", "SUBSTANTIVE", "summary", text(i, "reply summary", tag)))
                    .post("/api/dispatches/" + dispatchId + "/replies");
            assertEquals(201, reply.statusCode(), reply.asString());
            replyIds.add(reply.jsonPath().getLong("id"));
        }
        overdueDispatchId = dispatches.get(0).get(1);
        admin.get("/dispatches/" + overdueDispatchId + "/reminder").then().statusCode(200);
        admin.post("/dispatches/" + overdueDispatchId + "/reminder", Map.of("letterText", text(3, "letter", tag) + "\n" + PAYLOADS.get(1),
                "channel", "EMAIL", "sentOn", LocalDate.now().toString())).then().statusCode(303);
        reminderId = QuarkusTransaction.requiringNew()
                .call(() -> Dispatch.<Dispatch> find("followUpOf.id", overdueDispatchId).firstResult().id);
    }

    private void attachments(Session admin) {
        String token = admin.csrfToken();
        // no double quote: browsers send it as %22 in a multipart file name, so it never arrives raw
        String statementFile = "<img src=x onerror=alert('x2')> " + tag + ".pdf";
        admin.request().multiPart("csrf-token", token).multiPart("file", statementFile, PDF, "application/pdf")
                .post("/statements/" + statementIds.get(1) + "/attachments").then().statusCode(303);
        statementFileName = org.dispatchregister.attachments.FileNames.sanitise(statementFile);
        String replyFile = "javascript:alert('x3') & 'x' " + tag + ".pdf";
        Long dispatchId = dispatches.get(2).get(3);
        admin.request().multiPart("csrf-token", token).multiPart("receivedOn", LocalDate.now().toString())
                .multiPart("theirReference", text(2, "reply with file", tag)).multiPart("kind", "ACKNOWLEDGEMENT")
                .multiPart("summary", text(1, "acknowledged", tag))
                .multiPart("attachment", replyFile, PDF, "application/pdf")
                .post("/dispatches/" + dispatchId + "/replies").then().statusCode(303);
        replyFileName = org.dispatchregister.attachments.FileNames.sanitise(replyFile);
        // a letter that answers nothing known yet (the "Record a letter" page)
        Response unlinked = admin.request().multiPart("csrf-token", token).multiPart("receivedOn", LocalDate.now().toString())
                .multiPart("theirReference", text(3, "unlinked ref", tag)).multiPart("kind", "HOLDING")
                .multiPart("summary", text(0, "unlinked summary", tag)).multiPart("recipientId", "").multiPart("statementId", "")
                .post("/replies");
        assertEquals(303, unlinked.statusCode(), unlinked.asString());
        unlinkedReplyId = Long.valueOf(unlinked.header("Location").replaceAll(".*/replies/", ""));
    }

    private void user(Session admin) {
        username = "xss-" + tag;
        displayName = String.join(" ", PAYLOADS);
        admin.post("/admin/users", Map.of("username", username, "displayName", displayName, "role", "ADMIN", "active", "on",
                "password", TestUsers.PASSWORD)).then().statusCode(303);
        userId = QuarkusTransaction.requiringNew()
                .call(() -> org.dispatchregister.users.StaffUser.findByUsername(username).id);
    }
}
