package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.ws.rs.PUT;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 13, item 3: the API loses nothing on a read-modify-write. For every API resource that PUT can change
 * (enumerated from the resource classes, so a new one fails here until it is covered): GET answers every field PUT
 * accepts; GET → PUT of the answer changes nothing; PUT without {@code version} is a 400 naming the field, a stale
 * version a 409, both as problem details (RFC 9457); PATCH is a JSON merge patch (RFC 7396) that changes the members
 * sent, empties the ones sent as null and keeps the rest.
 */
@QuarkusTest
class ApiRoundTripTest {

    /** Each resource with a PUT, the record its PUT reads, and a record made with every field filled. */
    private record Resource(String path, Class<?> putBody, long id) {
    }

    @Test
    void everyApiResourceRoundTripsAndPatches() throws Exception {
        Map<String, Resource> resources = new TreeMap<>();
        for (Resource r : List.of(recipient(), statement(), dispatch(), list())) {
            resources.put(r.path(), r);
        }
        Map<String, Class<?>> puts = new TreeMap<>();
        for (RouteSecurityTest.ResourceMethod rm : RouteSecurityTest.resourceMethods()) {
            Method m = rm.method();
            if (m.isAnnotationPresent(PUT.class) && rm.path().startsWith("/api/")) {
                Parameter body = m.getParameters()[m.getParameterCount() - 1];
                puts.put(rm.path(), body.getType());
            }
        }
        assertEquals(puts.keySet(), resources.keySet(), "every API resource with a PUT is round-tripped here");
        for (Resource resource : resources.values()) {
            assertEquals(puts.get(resource.path()), resource.putBody(), resource.path());
            roundTrip(resource);
        }
    }

    /** Issue 10: one error shape for the whole API, whatever refused the request (mapper, filter, framework). */
    @Test
    void everyApiErrorIsProblemDetails() {
        RequestSpecification viewer = given().auth().preemptive().basic(TestUsers.ensure("viewer", "VIEWER"), TestUsers.PASSWORD);
        List<io.restassured.response.Response> answers = List.of(
                clerk().contentType("application/json").body("{\"name\":\"\"}").post("/api/recipients"), // field errors, 400
                clerk().contentType("application/json").body("not json").post("/api/recipients"), // unreadable body, 400
                clerk().urlEncodingEnabled(false).get("/api/statements?page=x"), // not a number, 400
                viewer.contentType("application/json").body("{}").post("/api/recipients"), // 403
                clerk().get("/api/recipients/987654321"), // 404
                clerk().contentType("text/plain").body("  ").post("/api/distribution/match"), // empty text, 400
                clerk().get("/api/recipients/1/report?from=2026-13-45"), // report parameter, 400
                clerk().contentType("application/json").body("{}").delete("/api/recipients/1"), // 405
                given().get("/api/recipients"), // no credentials, 401 (refused before the app runs)
                given().auth().preemptive().basic("admin", "not-the-password").get("/api/recipients")); // wrong ones, 401
        for (io.restassured.response.Response r : answers) {
            assertTrue(r.contentType().startsWith("application/problem+json"), r.statusCode() + " " + r.contentType() + " " + r.asString());
            r.then().contentType(startsWith("application/problem+json")).body("type", equalTo("about:blank"))
                    .body("status", equalTo(r.statusCode())).body("title", org.hamcrest.Matchers.notNullValue())
                    .body("detail", org.hamcrest.Matchers.notNullValue());
        }
        assertEquals(List.of(400, 400, 400, 403, 404, 400, 400, 405, 401, 401), answers.stream().map(r -> r.statusCode()).toList());
        answers.get(0).then().body("errors.field", hasItem("name"));
        // The 401s still carry the Basic challenge.
        for (io.restassured.response.Response r : answers.subList(8, 10)) {
            r.then().header("WWW-Authenticate", org.hamcrest.Matchers.startsWithIgnoringCase("basic")).body("title", equalTo("Sign-in required"));
        }
    }

    private void roundTrip(Resource resource) {
        String url = resource.path().replace("{id}", Long.toString(resource.id()));
        Map<String, Object> read = clerk().get(url).then().statusCode(200).extract().jsonPath().getMap("$");

        Set<String> accepted = new TreeSet<>();
        for (RecordComponent c : resource.putBody().getRecordComponents()) {
            accepted.add(c.getName());
        }
        Set<String> missing = new TreeSet<>(accepted);
        missing.removeAll(read.keySet());
        assertEquals(Set.of(), missing, url + ": GET answers every field PUT accepts");
        accepted.forEach(field -> assertTrue(read.get(field) != null,
                url + ": the fixture fills " + field));

        // GET → PUT of exactly what was read changes nothing.
        clerk().contentType("application/json").body(read).put(url).then().statusCode(200);
        Map<String, Object> again = clerk().get(url).then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(withoutVersion(read), withoutVersion(again), url + ": GET → PUT changed nothing");
        int version = ((Number) again.get("version")).intValue();

        // No version: 400 naming it, as problem details; nothing changes.
        Map<String, Object> unversioned = new HashMap<>(again);
        unversioned.remove("version");
        clerk().contentType("application/json").body(unversioned).put(url).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(400))
                .body("title", equalTo("Request not accepted")).body("errors.field", hasItem("version"));
        // A stale version: 409, as problem details.
        Map<String, Object> stale = new HashMap<>(again);
        stale.put("version", version - 1);
        clerk().contentType("application/json").body(stale).put(url).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(409));
        assertEquals(again, clerk().get(url).then().extract().jsonPath().getMap("$"), url + ": refused PUTs changed nothing");

        // PATCH: a merge patch changes one member, empties another (null) and keeps everything else.
        String changed = patchableText(resource);
        String emptied = emptiable(resource);
        Map<String, Object> patch = new HashMap<>();
        patch.put(changed, "Patched " + changed);
        patch.put(emptied, null);
        patch.put("version", version);
        clerk().contentType("application/merge-patch+json").body(patch).patch(url).then().statusCode(200)
                .body(changed, equalTo("Patched " + changed));
        Map<String, Object> patched = clerk().get(url).then().extract().jsonPath().getMap("$");
        Map<String, Object> expected = new HashMap<>(again);
        expected.put(changed, "Patched " + changed);
        expected.put(emptied, null);
        assertEquals(withoutVersion(expected), withoutVersion(patched), url + ": PATCH changed exactly the members sent");
        assertNull(patched.get(emptied));
        // PATCH needs the version too, and a stale one is a conflict.
        clerk().contentType("application/merge-patch+json").body(Map.of(changed, "x")).patch(url).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("version"));
        clerk().contentType("application/merge-patch+json").body(Map.of(changed, "x", "version", version)).patch(url).then()
                .statusCode(409);
    }

    private static String patchableText(Resource resource) {
        return resource.path().startsWith("/api/dispatches") ? "note" : resource.path().startsWith("/api/lists") ? "name"
                : resource.path().startsWith("/api/statements") ? "place" : "city";
    }

    private static String emptiable(Resource resource) {
        return resource.path().startsWith("/api/dispatches") ? "acknowledgedOn" : resource.path().startsWith("/api/lists")
                ? "description" : resource.path().startsWith("/api/statements") ? "signatory" : "notes";
    }

    private static Map<String, Object> withoutVersion(Map<String, Object> json) {
        Map<String, Object> copy = new TreeMap<>(json);
        copy.remove("version");
        return copy;
    }

    private static Resource recipient() {
        String tag = WorkflowData.unique("RT");
        String parent = clerk().contentType("application/json").body(Map.of("name", "Parent " + tag)).post("/api/recipients")
                .then().statusCode(201).extract().path("id").toString();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Round trip " + tag);
        body.put("acronym", "RT" + Math.abs(tag.hashCode()));
        body.put("category", "NGO");
        body.put("parentId", Long.valueOf(parent));
        body.put("country", "Norway");
        body.put("city", "Oslo");
        body.put("postalAddress", "1 Street\nOslo");
        body.put("emails", "a@example.org, b@example.org");
        body.put("phone", "+47 1234");
        body.put("website", "https://example.org");
        body.put("addresseeLine", "The Director");
        body.put("preferredChannel", "POST");
        body.put("workingLanguage", "English");
        body.put("notes", "Some notes");
        body.put("collective", true);
        body.put("aliases", List.of("Alias one " + tag, "Alias two " + tag));
        long id = ((Number) clerk().contentType("application/json").body(body).post("/api/recipients").then().statusCode(201)
                .extract().path("id")).longValue();
        return new Resource("/api/recipients/{id}", org.dispatchregister.recipients.RecipientsApi.Payload.class, id);
    }

    private static Resource statement() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "LETTER");
        body.put("title", WorkflowData.unique("Round trip statement"));
        body.put("issuedOn", "2026-03-04");
        body.put("place", "Baku");
        body.put("signatory", "The Ombudsman");
        body.put("language", "English");
        body.put("summary", "A summary");
        body.put("fullText", "The full text.");
        body.put("topics", "rights, children");
        body.put("inResponseTo", "Their letter");
        body.put("responseReference", "THEIR/1");
        body.put("responseDate", "2026-02-01");
        body.put("issue", true);
        long id = ((Number) clerk().contentType("application/json").body(body).post("/api/statements").then().statusCode(201)
                .extract().path("id")).longValue();
        return new Resource("/api/statements/{id}", org.dispatchregister.statements.StatementApi.StatementUpdate.class, id);
    }

    private static Resource dispatch() {
        long statement = statement().id();
        Long recipient = WorkflowData.recipient(WorkflowData.unique("RT dispatch"));
        List<Integer> ids = clerk().contentType("application/json").body(Map.of("recipientIds", List.of(recipient), "channel", "POST",
                "sentOn", "2026-03-05", "replyDueOn", "2026-04-05", "replyExpected", true, "note", "A note"))
                .post("/api/statements/" + statement + "/dispatches").then().statusCode(201).extract().path("id");
        String url = "/api/dispatches/" + ids.get(0);
        int version = clerk().get(url).then().extract().path("version");
        clerk().contentType("application/json").body(Map.of("status", "ACKNOWLEDGED", "deliveredOn", "2026-03-06",
                "acknowledgedOn", "2026-03-07", "version", version)).patch(url).then().statusCode(200);
        return new Resource("/api/dispatches/{id}", org.dispatchregister.dispatches.DispatchApi.DispatchUpdate.class, ids.get(0));
    }

    private static Resource list() {
        long id = ((Number) clerk().contentType("application/json").body(Map.of("name", WorkflowData.unique("RT list"),
                "description", "A description")).post("/api/lists").then().statusCode(201).extract().path("id")).longValue();
        return new Resource("/api/lists/{id}", org.dispatchregister.lists.ListsApi.Payload.class, id);
    }

    private static RequestSpecification clerk() {
        return given().auth().preemptive().basic(TestUsers.ensure("clerk", "CLERK"), TestUsers.PASSWORD);
    }
}
