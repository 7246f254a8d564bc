package org.dispatchregister.search;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dispatchregister.dispatches.Reply;
import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.recipients.RegisterFixtures;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.users.StaffUser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The search box in the header of every page (issue 15): bodies by any alias or acronym, statements, replies. */
@QuarkusTest
class HeaderSearchTest {

    @Test
    void everyPageHasTheSearchBoxAndItsShortcut() {
        Session viewer = Session.viewer();
        for (String page : List.of("/", "/recipients", "/statements", "/dispatches", "/replies", "/overdue", "/reports", "/account")) {
            String html = viewer.get(page).asString();
            assertAll(page,
                    () -> assertTrue(html.contains("<form method=\"get\" action=\"/search\" class=\"top-search\" role=\"search\">"), "a plain GET form"),
                    () -> assertTrue(html.contains("name=\"q\""), "the query field"),
                    () -> assertTrue(html.contains("/static/search-key.js"), "the \"/\" shortcut"));
        }
    }

    @Test
    void findsBodiesByAliasAndAcronymStatementsAndRepliesGroupedByKind() {
        String tag = WorkflowData.unique("Searchable");
        String acronym = RegisterFixtures.uniqueAcronym();
        Long body = RegisterFixtures.body(tag + " Commissioner", acronym, null, "Ombudsperson Zeta " + tag.substring(11)).id;
        Long statement = WorkflowData.statement("APPEAL", tag + " appeal on detention");
        String reference = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement> findById(statement).reference);
        Long dispatch = WorkflowData.dispatch(statement, body, LocalDate.now().minusDays(10), true, LocalDate.now().plusDays(20));
        String theirs = "GVA-" + tag.substring(11) + "/2026";
        Session.admin().post("/dispatches/" + dispatch + "/replies",
                Map.of("receivedOn", LocalDate.now().toString(), "kind", "SUBSTANTIVE", "theirReference", theirs)).then().statusCode(303);
        Long reply = QuarkusTransaction.requiringNew().call(() -> Reply.<Reply> find("dispatch.id", dispatch).firstResult().id);

        Session viewer = Session.viewer();
        String byAcronym = viewer.get("/search?q=" + acronym.toLowerCase()).asString();
        // the alias, folded as the register search folds it: another case, accents, punctuation
        String byAlias = viewer.get("/search?q=OMBUDSPERSON-Zéta " + tag.substring(11).toUpperCase()).asString();
        String byReference = viewer.get("/search?q=" + reference).asString();
        String byTitle = viewer.get("/search?q=" + tag.substring(11).toUpperCase() + " Appeal on").asString();
        String byTheirs = viewer.get("/search?q=" + theirs.toLowerCase()).asString();
        String nothing = viewer.get("/search?q=zzqx-nothing-" + tag.substring(11)).asString();
        assertAll(
                () -> assertTrue(byAcronym.contains("href=\"/recipients/" + body + "\""), "by acronym"),
                () -> assertTrue(byAcronym.contains("id=\"bodies\""), "in the bodies group"),
                () -> assertTrue(byAlias.contains("href=\"/recipients/" + body + "\""), "by alias, folded"),
                () -> assertTrue(byReference.contains("href=\"/statements/" + statement + "\""), "by reference"),
                () -> assertTrue(byReference.contains("id=\"statements\""), "in the statements group"),
                () -> assertTrue(byTitle.contains("href=\"/statements/" + statement + "\""), "by title"),
                () -> assertTrue(byTheirs.contains("href=\"/replies/" + reply + "\""), "a reply by its reference"),
                () -> assertTrue(byTheirs.contains("id=\"replies\""), "in the replies group"),
                () -> assertFalse(byTheirs.contains("href=\"/recipients/" + body + "\""), "a reference finds no body"),
                () -> assertTrue(nothing.contains("Nothing matches"), "an empty result says so"),
                () -> assertEquals(200, viewer.get("/search").statusCode(), "an empty query is a page, not an error"));
    }

    @Test
    void theResultsPageSpeaksTheUsersLanguage() {
        String user = TestUsers.ensure("searcher-az", "VIEWER");
        QuarkusTransaction.requiringNew().run(() -> StaffUser.findByUsername(user).language = "az");
        Session az = Session.signIn(user, TestUsers.PASSWORD);
        String html = az.get("/search?q=zzqx-none").asString();
        assertTrue(html.contains("Axtarış"), html);
        assertFalse(html.contains("Nothing matches"));
    }
}
