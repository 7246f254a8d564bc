package org.dispatchregister.recipients;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 10: the same query gives the same bodies on every picker — the register listing, the API,
 * the dispatch form, the report picker, the reply form's "From", a list's "Add a body" and the
 * merge page. Before, "o.s.c.e" found OSCE on /recipients only. And the stored keys are
 * recomputed by the refold migration.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneRecipientSearchTest {

    private static final Pattern LINK = Pattern.compile("href=\"/recipients/(\\d+)\"");
    private static final Pattern CHECKBOX = Pattern.compile("name=\"recipientIds\" value=\"(\\d+)\"");
    private static final Pattern REPORT = Pattern.compile("href=\"/reports/recipients/(\\d+)\"");
    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");
    private static final Pattern ADD = Pattern.compile("name=\"recipientId\" value=\"(\\d+)\"");

    /** "Zylvan" is a made-up word only these bodies carry; results are compared on them only. */
    private String acronym;
    private Set<Long> ours;
    private Long osceLike;
    private Long childrensFund;
    private Long archived;
    private Long statementId;
    private Long listId;
    private Long mergeFrom;

    @BeforeAll
    void register() {
        acronym = "ZY" + RegisterFixtures.uniqueAcronym().substring(1, 5);
        osceLike = RegisterFixtures.body("Organisation for Zylvan Security and Co-operation", acronym, null,
                "Zylvan Güvenlik Teşkilatı", "Зилванская организация").id;
        childrensFund = RegisterFixtures.body("Zylvan Children's Fund", null, null, "Fonds zylvanien pour l’enfance").id;
        Recipient old = RegisterFixtures.body("Zylvan Former Commission", null, null);
        archived = old.id;
        Arc.container().instance(RecipientService.class).get().archive(archived);
        mergeFrom = RegisterFixtures.body("Zylvan Merge Source", null, null).id;
        ours = Set.of(osceLike, childrensFund, archived, mergeFrom);
        statementId = WorkflowData.statement("STATEMENT", "Zylvan search statement");
        listId = WorkflowData.list(WorkflowData.unique("Zylvan list"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ACRONYM", "acronym-dotted", "acronym-spaced", "ZYLVAN co-operation",
            "zylvan children’s fund", "zylvanien l'enfance", "Güvenlik zylvan",
            "ЗИЛВАНСКАЯ", "zylvan" })
    void everyPickerFindsTheSameBodies(String template) {
        String q = switch (template) {
            case "ACRONYM" -> acronym;
            case "acronym-dotted" -> String.join(".", acronym.toLowerCase().split(""));
            case "acronym-spaced" -> String.join(" ", acronym.split(""));
            default -> template;
        };
        Session clerk = Session.clerk();
        Set<Long> listing = ours(ids(clerk.get("/recipients?status=active&q=" + q).asString(), LINK));
        Set<Long> api = ours(new TreeSet<>(given().auth().preemptive().basic(TestUsers.ensure("apiclerk", "CLERK"), TestUsers.PASSWORD)
                .get("/api/recipients?active=true&q=" + q).then().statusCode(200).extract().jsonPath().getList("items.id", Long.class)));
        Set<Long> dispatch = ours(ids(clerk.get("/statements/" + statementId + "/dispatch?q=" + q).asString(), CHECKBOX));
        Set<Long> reply = ours(ids(section(clerk.get("/replies/new?from=" + q).asString(), "id=\"f-recipientId\"", "</select>"),
                OPTION));
        Set<Long> list = ours(ids(section(clerk.get("/lists/" + listId + "?q=" + q).asString(), "id=\"picker-results\"", "</table>"),
                ADD));
        Set<Long> merge = ours(ids(section(clerk.get("/recipients/" + mergeFrom + "/merge?q=" + q).asString(), "<tbody", "</tbody>"),
                LINK));
        Set<Long> reports = ours(ids(clerk.get("/reports?q=" + q).asString(), REPORT));

        Set<Long> expected = switch (template) {
            case "ACRONYM", "acronym-dotted", "acronym-spaced", "ZYLVAN co-operation",
                    "Güvenlik zylvan", "ЗИЛВАНСКАЯ" -> Set.of(osceLike);
            case "zylvan children’s fund", "zylvanien l'enfance" -> Set.of(childrensFund);
            default -> Set.of(osceLike, childrensFund, mergeFrom);
        };
        assertEquals(expected, listing, "/recipients for " + q);
        assertEquals(expected, api, "API for " + q);
        assertEquals(expected, dispatch, "dispatch form for " + q);
        assertEquals(expected, reply, "reply From for " + q);
        assertEquals(expected, list, "list picker for " + q);
        Set<Long> mergeExpected = new TreeSet<>(expected);
        mergeExpected.remove(mergeFrom); // a body is not offered for merging into itself
        assertEquals(mergeExpected, merge, "merge for " + q);
        // the report picker also offers archived bodies: they have a history
        Set<Long> reportExpected = new TreeSet<>(expected);
        if (template.equals("zylvan")) {
            reportExpected.add(archived);
        }
        assertEquals(reportExpected, reports, "report picker for " + q);
    }

    @Test
    void anExactAcronymComesFirst() {
        List<RecipientQueries.Pick> picks = Arc.container().instance(RecipientQueries.class).get()
                .pick(String.join(".", acronym.split("")), RecipientQueries.PickScope.ACTIVE, 5);
        assertEquals(osceLike, picks.get(0).id());
    }

    @Test
    void theRefoldMigrationRecomputesStoredKeys() throws Exception {
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("update recipient set search_text = 'stale', sort_name = 'stale', acronym_key = null where id = " + osceLike);
            st.executeUpdate("update recipient_alias set alias_key = 'stale' where recipient_id = " + osceLike);
            // what Flyway does on a start after the fold changed: the repeatable migration runs again
            st.executeUpdate("update \"flyway_schema_history\" set \"checksum\" = 0 where \"script\" like '%Refold%'");
        }
        Flyway flyway = Arc.container().instance(Flyway.class).get();
        flyway.migrate();
        Recipient r = RegisterFixtures.reload(osceLike);
        assertEquals(acronym, r.acronymKey);
        assertEquals("organisation for zylvan security and co operation", r.sortName);
        assertTrue(r.searchText.contains("zylvan guvenlik teskilati"), r.searchText);
        assertTrue(r.aliases.stream().allMatch(a -> a.aliasKey.equals(SearchKeys.aliasKey(a.alias))), "alias keys");
    }

    private Set<Long> ours(Set<Long> ids) {
        Set<Long> out = new TreeSet<>(ids);
        out.retainAll(ours);
        return out;
    }

    private static Set<Long> ids(String html, Pattern p) {
        Set<Long> out = new TreeSet<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(Long.valueOf(m.group(1)));
        }
        return out;
    }

    private static String section(String html, String from, String to) {
        int a = html.indexOf(from);
        if (a < 0) {
            return "";
        }
        int b = html.indexOf(to, a);
        return b < 0 ? html.substring(a) : html.substring(a, b);
    }

    private static String enc(String q) {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }
}
