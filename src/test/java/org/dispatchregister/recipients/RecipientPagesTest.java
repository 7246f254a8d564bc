package org.dispatchregister.recipients;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dispatchregister.audit.AuditEvent;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecipientPagesTest {

    static Map<String, Object> form(String name, String acronym) {
        Map<String, Object> f = new HashMap<>();
        f.put("name", name);
        f.put("acronym", acronym);
        f.put("categoryCode", "NGO");
        f.put("country", "Austria");
        f.put("city", "Vienna");
        f.put("emails", "info@example.org, desk@example.org");
        f.put("aliases", "First Alias\nSecond Ålias");
        return f;
    }

    static Long idFrom(io.restassured.response.Response created) {
        String location = created.header("Location");
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void clerkCreatesViewsAndEditsABodyWithHistory() {
        Session clerk = Session.clerk();
        clerk.get("/recipients/new").then().statusCode(200).body(containsString("New body"));
        String name = RegisterFixtures.unique("Vienna Human Rights Forum");
        String acronym = RegisterFixtures.uniqueAcronym();
        var created = clerk.post("/recipients", form(name, acronym));
        created.then().statusCode(303);
        Long id = idFrom(created);
        Recipient saved = RegisterFixtures.reload(id);
        assertEquals(acronym, saved.acronymKey);
        assertEquals("info@example.org, desk@example.org", saved.emails);
        assertTrue(saved.searchText.contains("second alias"), saved.searchText);
        clerk.get("/recipients/" + id).then().statusCode(200).body(containsString(name))
                .body(containsString("Second Ålias")).body(containsString("History"));
        clerk.get("/recipients/" + id + "/edit").then().statusCode(200).body(containsString("value=\"" + acronym + "\""));
        Map<String, Object> edit = form(name + " edited", acronym);
        edit.put("version", saved.version);
        edit.put("aliases", "Only Alias");
        clerk.post("/recipients/" + id, edit).then().statusCode(303);
        Recipient after = RegisterFixtures.reload(id);
        assertEquals(name + " edited", after.name);
        assertEquals(List.of("Only Alias"), after.aliases.stream().map(a -> a.alias).toList());
        assertFalse(after.searchText.contains("second alias"));
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.list("entityType = 'Recipient' and entityId = ?1", id));
        assertTrue(events.stream().anyMatch(e -> e.action.equals("CREATE")));
        assertTrue(events.stream().anyMatch(e -> e.action.equals("UPDATE") && e.summary.contains("Aliases")));
    }

    @Test
    void duplicateAcronymIsComparedWithoutPunctuation() {
        Session clerk = Session.clerk();
        clerk.get("/recipients/new");
        clerk.post("/recipients", form(RegisterFixtures.unique("Fake security org"), "o.s.c.e."))
                .then().statusCode(400).body(containsString("already used by Organization for Security and Co-operation in Europe"))
                .body(containsString("value=\"o.s.c.e.\""));
    }

    @Test
    void overLongAndBadFieldsAreRefusedKeepingInput() {
        Session clerk = Session.clerk();
        clerk.get("/recipients/new");
        Map<String, Object> f = form("x".repeat(301), "A".repeat(41));
        f.put("emails", "good@example.org, not-an-address");
        f.put("categoryCode", "NOPE");
        f.put("preferredChannel", "PIGEON");
        f.put("website", "javascript:alert(1)");
        f.put("parentId", "abc");
        clerk.post("/recipients", f).then().statusCode(400)
                .body(containsString("At most 300 characters"))
                .body(containsString("At most 40 characters"))
                .body(containsString("&quot;not-an-address&quot; is not a valid email address"))
                .body(containsString("Unknown category code"))
                .body(containsString("Unknown channel"))
                .body(containsString("Enter a web address"))
                .body(containsString("Choose the parent body from the list"));
        Map<String, Object> empty = form("  ", "");
        clerk.post("/recipients", empty).then().statusCode(400).body(containsString("Enter the name of the body"));
    }

    @Test
    void parentCycleIsRefused() {
        Recipient top = RegisterFixtures.body(RegisterFixtures.unique("Top"), null, null);
        Recipient middle = RegisterFixtures.body(RegisterFixtures.unique("Middle"), null, top.id);
        Recipient bottom = RegisterFixtures.body(RegisterFixtures.unique("Bottom"), null, middle.id);
        Session clerk = Session.clerk();
        clerk.get("/recipients/" + top.id + "/edit");
        Map<String, Object> f = form(top.name, "");
        f.put("parentId", bottom.id);
        f.put("version", RegisterFixtures.reload(top.id).version);
        clerk.post("/recipients/" + top.id, f).then().statusCode(400).body(containsString("would make a loop"));
        f.put("parentId", top.id);
        clerk.post("/recipients/" + top.id, f).then().statusCode(400).body(containsString("cannot be its own parent"));
        assertNull(RegisterFixtures.reload(top.id).parent);
        clerk.get("/recipients/" + middle.id).then().body(containsString(bottom.name)).body(containsString(top.name));
    }

    @Test
    void scriptInEveryTextFieldIsShownEscaped() {
        String evil = "<script>alert(1)</script>";
        Session clerk = Session.clerk();
        clerk.get("/recipients/new");
        Map<String, Object> f = new HashMap<>();
        for (String field : List.of("name", "country", "city", "postalAddress", "phone", "addresseeLine", "workingLanguage", "notes", "aliases")) {
            f.put(field, evil + " " + field);
        }
        f.put("name", evil + RegisterFixtures.unique(""));
        f.put("acronym", "<b>" + RegisterFixtures.uniqueAcronym());
        f.put("website", "https://example.org/" + evil);
        var created = clerk.post("/recipients", f);
        created.then().statusCode(303);
        Long id = idFrom(created);
        clerk.get("/recipients/" + id).then().statusCode(200).body(not(containsString(evil)))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; postalAddress"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; notes"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; aliases"));
        clerk.get("/recipients/" + id + "/edit").then().statusCode(200).body(not(containsString(evil)));
        clerk.get("/recipients?q=script+alert").then().statusCode(200).body(not(containsString(evil)))
                .body(containsString("&lt;script&gt;"));
    }

    @Test
    void sqlInSearchAndBogusSortGiveANormalPage() {
        Session viewer = Session.viewer();
        viewer.get("/recipients?q=' or 1=1 --").then().statusCode(200).body(containsString("Recipients"));
        viewer.get("/recipients?q=%25&sort=name;drop table recipient&dir=sideways&page=-4&parent=x&status=nonsense")
                .then().statusCode(200).body(containsString("Recipients"));
        viewer.get("/recipients?sort=acronym&dir=desc").then().statusCode(200);
        viewer.get("/recipients?category=UN_AGENCY").then().statusCode(200).body(containsString("UNHCR"))
                .body(not(containsString(">UNSC<")));
        viewer.get("/recipients?status=all&sort=updated&dir=desc&country=switzerland").then().statusCode(200)
                .body(containsString("OHCHR"));
    }

    @Test
    void unknownIdsAre404() {
        Session clerk = Session.clerk();
        clerk.get("/recipients/99999999").then().statusCode(404);
        clerk.get("/recipients/99999999/edit").then().statusCode(404);
        clerk.get("/recipients/not-a-number").then().statusCode(404);
        clerk.get("/recipients/99999999/merge").then().statusCode(404);
        clerk.post("/recipients/99999999/archive", Map.of()).then().statusCode(404);
    }

    @Test
    void viewerReadsButCannotChangeAnything() {
        Recipient r = RegisterFixtures.body(RegisterFixtures.unique("Viewer target"), null, null);
        Session viewer = Session.viewer();
        viewer.get("/recipients/" + r.id).then().statusCode(200).body(not(containsString("/archive")));
        viewer.get("/recipients/new").then().statusCode(403);
        viewer.post("/recipients", form(RegisterFixtures.unique("Forbidden"), "")).then().statusCode(403);
        viewer.post("/recipients/" + r.id, form("Changed", "")).then().statusCode(403);
        viewer.post("/recipients/" + r.id + "/archive", Map.of()).then().statusCode(403);
        viewer.post("/recipients/" + r.id + "/merge", Map.of("survivorId", r.id, "loserId", 1)).then().statusCode(403);
        viewer.post("/recipients/import", Map.of("csv", "name\nX")).then().statusCode(403);
        assertTrue(RegisterFixtures.reload(r.id).active);
        assertEquals(r.name, RegisterFixtures.reload(r.id).name);
    }

    @Test
    void staleEditIs409KeepingInputAndSayingWhatChanged() {
        Recipient r = RegisterFixtures.body(RegisterFixtures.unique("Stale target"), null, null);
        Session clerk = Session.clerk();
        clerk.get("/recipients/" + r.id + "/edit");
        Map<String, Object> first = form(r.name, "");
        first.put("city", "Geneva");
        first.put("version", r.version);
        clerk.post("/recipients/" + r.id, first).then().statusCode(303);
        Map<String, Object> stale = form(r.name, "");
        stale.put("city", "My stale city");
        stale.put("version", r.version);
        clerk.post("/recipients/" + r.id, stale).then().statusCode(409)
                .body(containsString("Someone else changed this body"))
                .body(containsString("City is now “Geneva”"))
                .body(containsString("value=\"My stale city\""));
        assertEquals("Geneva", RegisterFixtures.reload(r.id).city);
    }

    @Test
    void archiveHidesFromActiveListAndRestoreBringsItBack() {
        String name = RegisterFixtures.unique("Archivable");
        Recipient r = RegisterFixtures.body(name, null, null);
        Session clerk = Session.clerk();
        clerk.get("/recipients/" + r.id);
        clerk.post("/recipients/" + r.id + "/archive", Map.of()).then().statusCode(303);
        assertFalse(RegisterFixtures.reload(r.id).active);
        clerk.get("/recipients?q=" + name.replace(' ', '+')).then().body(not(containsString("href=\"/recipients/" + r.id + "\"")));
        clerk.get("/recipients?status=archived&q=" + name.replace(' ', '+')).then().body(containsString("href=\"/recipients/" + r.id + "\""));
        clerk.post("/recipients/" + r.id + "/restore", Map.of()).then().statusCode(303);
        assertTrue(RegisterFixtures.reload(r.id).active);
    }

    @Test
    void searchIgnoresCaseAccentsAndPunctuation() {
        String name = RegisterFixtures.unique("Défenseur des Droits");
        Recipient r = RegisterFixtures.body(name, null, null, "Ombudsman-of-Éire");
        Session viewer = Session.viewer();
        viewer.get("/recipients?q=DEFENSEUR+droits+" + name.substring(name.length() - 8)).then().body(containsString("/recipients/" + r.id));
        viewer.get("/recipients?q=ombudsman+of+eire").then().body(containsString("/recipients/" + r.id));
    }

    @Test
    void editFormKeepsAnArchivedParent() {
        Recipient parent = RegisterFixtures.body(RegisterFixtures.unique("Archived parent"), null, null);
        Recipient child = RegisterFixtures.body(RegisterFixtures.unique("Child of archived"), null, parent.id);
        Session clerk = Session.clerk();
        clerk.get("/recipients/" + parent.id);
        clerk.post("/recipients/" + parent.id + "/archive", Map.of()).then().statusCode(303);
        clerk.get("/recipients/" + child.id + "/edit").then().statusCode(200)
                .body(containsString("value=\"" + parent.id + "\" selected>" + parent.name + " (archived)"));
    }
}
