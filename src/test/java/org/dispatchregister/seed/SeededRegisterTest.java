package org.dispatchregister.seed;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.lists.ListExpander;
import org.dispatchregister.recipients.Category;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RecipientQueries;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The register seeded on first start: bodies, hierarchy, aliases and the standard list. */
@QuarkusTest
class SeededRegisterTest {

    @Inject
    ListExpander expander;

    @Inject
    RegisterSeeder seeder;

    @Test
    void everyCategoryIsSeededByMigration() {
        for (String code : List.of("UN_ORGAN", "UN_AGENCY", "REGIONAL_IGO", "OMBUDSMAN_ASSOCIATION", "NATIONAL_OMBUDSMAN",
                "NGO", "OWN_MISSION", "FOREIGN_MISSION", "DIASPORA", "OTHER")) {
            assertNotNull(QuarkusTransaction.requiringNew().call(() -> Category.findByCode(code)), code);
        }
    }

    @Test
    void bodiesOfTheStatementsExistWithParentsAndAliases() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String acronym : List.of("UNSG", "UNSC", "OHCHR", "UNHCR", "UNHRC", "UNICEF", "UNESCO", "EU", "CoE",
                    "OSCE", "IOI", "EOI", "AOA", "OIC", "OICOA", "TURKOMB", "OIC-IPHRC", "ENOC", "IPB", "UPF")) {
                assertNotNull(RecipientQueries.findByAcronym(acronym), acronym);
            }
            assertEquals("UN", RecipientQueries.findByAcronym("OHCHR").parent.acronym);
            assertEquals("UN", RecipientQueries.findByAcronym("UNSG").parent.acronym);
            assertEquals("OIC", RecipientQueries.findByAcronym("OIC-IPHRC").parent.acronym);
            assertEquals("OIC", RecipientQueries.findByAcronym("oicoa").parent.acronym);
            assertEquals("REGIONAL_IGO", RecipientQueries.findByAcronym("COE").category.code);
            assertTrue(RecipientQueries.findByAcronym("OHCHR").searchText.contains("un office of the high comissioner for human rights"));
            Recipient own = Recipient.find("name", "Diplomatic missions of the Republic of Azerbaijan abroad").firstResult();
            assertTrue(own.collective);
            assertEquals("OWN_MISSION", own.category.code);
            Recipient foreign = Recipient.find("name", "Foreign diplomatic missions in Azerbaijan").firstResult();
            assertEquals("FOREIGN_MISSION", foreign.category.code);
            assertTrue(foreign.collective);
        });
    }

    @Test
    void standardListHoldsExactlyTheBodiesOfThe2025Statement() {
        Long listId = QuarkusTransaction.requiringNew().call(() -> DistributionList
                .<DistributionList>find("name", "Standard international distribution").firstResult().id);
        List<ListExpander.Member> members = QuarkusTransaction.requiringNew().call(() -> expander.expand(List.of(listId)));
        Set<String> acronyms = members.stream().filter(m -> m.acronym() != null).map(ListExpander.Member::acronym)
                .collect(Collectors.toSet());
        assertEquals(Set.of("UNSG", "UNSC", "OHCHR", "UNHCR", "UNHRC", "UNICEF", "UNESCO", "EU", "CoE", "OSCE", "IOI",
                "EOI", "AOA", "OIC", "OICOA", "TURKOMB", "OIC-IPHRC", "ENOC", "IPB", "UPF"), acronyms);
        assertEquals(24, members.size(), "20 bodies and 4 collective addressees");
        assertEquals(4, members.stream().filter(ListExpander.Member::collective).count());
    }

    @Test
    void seedingAgainChangesNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> Recipient.count());
        assertEquals(0, QuarkusTransaction.requiringNew().call(seeder::seedIfEmpty));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Recipient.count()));
    }

    @Test
    void aliasSearchFindsTheMisspelledVariant() {
        Session viewer = Session.viewer();
        viewer.get("/recipients?q=High+Comissioner+Human").then().statusCode(200)
                .body(containsString("Office of the United Nations High Commissioner for Human Rights"));
        viewer.get("/recipients?q=unsg").then().statusCode(200).body(containsString("United Nations Secretary-General"));
        viewer.get("/recipients?q=Association+of+Ombudsman+of+member+states+of+this+institution").then()
                .body(containsString("OIC Ombudsman Association"));
    }
}
