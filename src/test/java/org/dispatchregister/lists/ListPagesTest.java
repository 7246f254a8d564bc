package org.dispatchregister.lists;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RegisterFixtures;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ListPagesTest {

    @Inject
    ListExpander expander;

    static Long createList(Session clerk, String name) {
        clerk.get("/lists/new").then().statusCode(200);
        var created = clerk.post("/lists", Map.of("name", name, "description", "For <b>tests</b>"));
        created.then().statusCode(303);
        String location = created.header("Location");
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void listsPageShowsEveryListWithCounts() {
        Session viewer = Session.viewer();
        viewer.get("/lists").then().statusCode(200).body(containsString("Standard international distribution"))
                .body(containsString("<td class=\"num\">24</td>"));
    }

    @Test
    void addRecipientsAndNestedListsAndSeeTheExpansion() {
        Session clerk = Session.clerk();
        String tag = RegisterFixtures.uniqueAcronym();
        Recipient a = RegisterFixtures.body("Alpha " + tag, null, null, "Alpha alias " + tag);
        Recipient b = RegisterFixtures.body("Beta " + tag, null, null);
        Long outer = createList(clerk, "Outer " + tag);
        Long inner = createList(clerk, "Inner " + tag);
        clerk.get("/lists/" + outer + "?q=alpha+alias+" + tag).then().statusCode(200).body(containsString("Alpha " + tag));
        clerk.post("/lists/" + outer + "/members/recipient", Map.of("recipientId", a.id, "q", "alpha")).then().statusCode(303);
        clerk.post("/lists/" + outer + "/members/recipient", Map.of("recipientId", a.id)).then().statusCode(400)
                .body(containsString("already on this list"));
        clerk.post("/lists/" + inner + "/members/recipient", Map.of("recipientId", b.id)).then().statusCode(303);
        clerk.post("/lists/" + inner + "/members/recipient", Map.of("recipientId", a.id)).then().statusCode(303);
        clerk.post("/lists/" + outer + "/members/list", Map.of("memberListId", inner)).then().statusCode(303);
        clerk.get("/lists/" + outer).then().statusCode(200)
                .body(containsString("id=\"expanded-count\">2<"))
                .body(containsString("Beta " + tag))
                .body(containsString("For &lt;b&gt;tests&lt;/b&gt;"));
        List<ListExpander.Member> members = QuarkusTransaction.requiringNew().call(() -> expander.expand(List.of(outer)));
        assertEquals(2, members.size(), "Alpha once although both lists name it");
        assertEquals(outer, members.stream().filter(m -> m.recipientId().equals(a.id)).findFirst().orElseThrow().viaListId());
        assertEquals(inner, members.stream().filter(m -> m.recipientId().equals(b.id)).findFirst().orElseThrow().viaListId());

        // Cycles are refused, directly and through another list.
        clerk.post("/lists/" + inner + "/members/list", Map.of("memberListId", outer)).then().statusCode(400)
                .body(containsString("would make a loop"));
        clerk.post("/lists/" + inner + "/members/list", Map.of("memberListId", inner)).then().statusCode(400)
                .body(containsString("cannot contain itself"));
        Long third = createList(clerk, "Third " + tag);
        clerk.post("/lists/" + third + "/members/list", Map.of("memberListId", outer)).then().statusCode(303);
        clerk.post("/lists/" + inner + "/members/list", Map.of("memberListId", third)).then().statusCode(400)
                .body(containsString("would make a loop"));

        // Archived bodies leave the expansion; archived nested lists too.
        clerk.post("/recipients/" + b.id + "/archive", Map.of()).then().statusCode(303);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> expander.expand(List.of(outer))).size());
        clerk.post("/recipients/" + b.id + "/restore", Map.of()).then().statusCode(303);
        clerk.post("/lists/" + inner + "/archive", Map.of()).then().statusCode(303);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> expander.expand(List.of(outer))).size());
        clerk.post("/lists/" + inner + "/restore", Map.of()).then().statusCode(303);

        // Remove a member.
        Long memberId = QuarkusTransaction.requiringNew().call(() -> ListMember.<ListMember>find("list.id = ?1 and memberList.id = ?2", outer, inner)
                .firstResult().id);
        clerk.post("/lists/" + outer + "/members/" + memberId + "/remove", Map.of()).then().statusCode(303);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> expander.expand(List.of(outer))).size());
        clerk.post("/lists/" + inner + "/members/" + memberId + "/remove", Map.of()).then().statusCode(404);
    }

    @Test
    void listFormValidatesAndDetectsStaleEdits() {
        Session clerk = Session.clerk();
        String name = RegisterFixtures.unique("Editable list");
        Long id = createList(clerk, name);
        clerk.post("/lists", Map.of("name", name.toUpperCase(), "description", "")).then().statusCode(400)
                .body(containsString("already exists"));
        clerk.post("/lists", Map.of("name", "", "description", "")).then().statusCode(400).body(containsString("Enter a name"));
        clerk.post("/lists", Map.of("name", "n".repeat(201), "description", "")).then().statusCode(400)
                .body(containsString("At most 200"));
        long version = QuarkusTransaction.requiringNew().call(() -> DistributionList.<DistributionList>findById(id).version);
        clerk.get("/lists/" + id + "/edit").then().statusCode(200);
        clerk.post("/lists/" + id, Map.of("name", name + " renamed", "description", "x", "version", version)).then().statusCode(303);
        clerk.post("/lists/" + id, Map.of("name", name + " stale", "description", "y", "version", version)).then().statusCode(409)
                .body(containsString("Someone else changed this list")).body(containsString(name + " stale"));
    }

    @Test
    void viewerCannotChangeListsAndUnknownIdsAre404() {
        Session viewer = Session.viewer();
        viewer.get("/lists/99999999").then().statusCode(404);
        viewer.get("/lists/x").then().statusCode(404);
        viewer.get("/lists/new").then().statusCode(403);
        viewer.post("/lists", Map.of("name", "Viewer list")).then().statusCode(403);
        viewer.post("/lists/1/members/recipient", Map.of("recipientId", 1)).then().statusCode(403);
        Session clerk = Session.clerk();
        clerk.post("/lists/99999999/members/recipient", Map.of("recipientId", 1)).then().statusCode(404);
        clerk.get("/lists").then().body(not(containsString("Viewer list")));
    }
}
