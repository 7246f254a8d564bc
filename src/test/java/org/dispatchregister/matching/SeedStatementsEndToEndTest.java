package org.dispatchregister.matching;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.lists.ListExpander;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The three real seed statements, imported against the seeded register: every field is read and
 * the proposed distribution is exactly the statement's "was sent to" list, with nothing wrong and
 * nothing left over.
 */
@QuarkusTest
class SeedStatementsEndToEndTest {

    private static final String STANDARD_LIST = "Standard international distribution";

    @Inject
    ListExpander expander;

    private static JsonPath importText(String file) throws IOException {
        String text;
        try (InputStream in = SeedStatementsEndToEndTest.class.getResourceAsStream("/matching/seeds/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return given().auth().preemptive().basic(TestUsers.ensure("clerk", "CLERK"), TestUsers.PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(text).post("/api/statements/import")
                .then().statusCode(200).extract().jsonPath();
    }

    private Set<Long> standardListMembers() {
        return QuarkusTransaction.requiringNew().call(() -> {
            DistributionList list = DistributionList.find("name", STANDARD_LIST).firstResult();
            Set<Long> ids = new TreeSet<>();
            expander.expand(List.of(list.id)).forEach(m -> ids.add(m.recipientId()));
            return ids;
        });
    }

    private static Long idOfAcronym(String acronym) {
        return QuarkusTransaction.requiringNew().call(
                () -> Recipient.<Recipient>find("acronymKey", acronym).firstResult().id);
    }

    private static Set<Long> matchedIds(JsonPath json) {
        Set<Long> ids = new TreeSet<>();
        for (Object id : json.getList("distribution.matches.recipientId")) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    @Test
    void anniversaryStatementProposesTheWholeStandardList() throws IOException {
        JsonPath json = importText("statement-2025-09-27-anniversary.txt");
        assertEquals("2025-09-27", json.getString("issuedOn"));
        assertEquals("Sabina Aliyeva", json.getString("signatory"));
        assertEquals("STATEMENT", json.getString("kind"));
        Set<Long> expected = standardListMembers();
        assertEquals(24, expected.size(), "the standard list holds the 2025 distribution");
        assertEquals(expected, matchedIds(json));
        assertTrue(json.getList("distribution.unmatched").isEmpty(), json.getList("distribution.unmatched").toString());
    }

    @Test
    void khojalyStatementProposesTheStandardListWithoutUpf() throws IOException {
        JsonPath json = importText("statement-2026-02-23-khojaly.txt");
        assertEquals("2026-02-23", json.getString("issuedOn"));
        assertEquals("Khankendi city", json.getString("place"));
        Set<Long> expected = standardListMembers();
        expected.remove(idOfAcronym("UPF"));
        assertEquals(23, expected.size());
        assertEquals(expected, matchedIds(json));
        assertTrue(json.getList("distribution.unmatched").isEmpty(), json.getList("distribution.unmatched").toString());
    }

    @Test
    void noteVerbaleIsAddressedToOhchrWithItsReference() throws IOException {
        JsonPath json = importText("note-verbale-2020-11-04-ohchr.txt");
        assertEquals("2020-11-04", json.getString("issuedOn"));
        assertEquals("Geneva", json.getString("place"));
        assertEquals("0461/27/20/22", json.getString("reference"));
        assertEquals("NOTE_VERBALE", json.getString("kind"));
        assertEquals(Set.of(idOfAcronym("OHCHR")), matchedIds(json));
    }
}
