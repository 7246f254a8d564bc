package org.dispatchregister.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a list is cut into phrases and how the list is found in a text. */
class SegmentationTest {

    private static final RegisterFixture REGISTER = RegisterFixture.load();
    private static final DistributionMatcher MATCHER = new DistributionMatcher(REGISTER.snapshot);

    @Test
    void cutsAtCommasSemicolonsLineBreaksBulletsAndAnd() {
        List<String> pieces = Segmenter.pieces("Alpha, Beta; Gamma\n• Delta and Epsilon (Zeta, Eta)").stream().map(p -> p.text().strip()).toList();
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta", "Epsilon (Zeta, Eta)"), pieces);
    }

    @Test
    void doesNotCutInsideParentheses() {
        assertEquals(1, Segmenter.pieces("Diaspora organizations (of Azerbaijan, abroad and at home)").size());
    }

    @Test
    void keepsANameWithAndWholeWhenOnlyOneSideResolves() {
        MatchResult r = MATCHER.match("Association of Ombudsmen and National Human Rights Institutions of Turkic States");
        assertEquals(List.of("TURKOMB"), REGISTER.keys(r));
        assertEquals("Association of Ombudsmen and National Human Rights Institutions of Turkic States", r.matches().get(0).phrase());
    }

    @Test
    void cutsAtAndWhenBothSidesResolve() {
        MatchResult r = MATCHER.match("International Ombudsman Institute (IOI) and European Ombudsman Institution (EOI)");
        assertEquals(List.of("IOI", "EOI"), REGISTER.keys(r));
        assertEquals("International Ombudsman Institute (IOI)", r.matches().get(0).phrase());
        assertEquals("European Ombudsman Institution (EOI)", r.matches().get(1).phrase());
    }

    @Test
    void anUnknownBodyJoinedByAndDoesNotMakeAKnownOneOfItsNeighbour() {
        DistributionMatcher withoutIoi = new DistributionMatcher(new RegisterSnapshot(REGISTER.snapshot.entries().stream()
                .filter(e -> !"IOI".equals(e.acronym())).toList()));
        MatchResult r = withoutIoi.match("International Ombudsman Institute (IOI) and European Ombudsman Institution (EOI)");
        // the known body is found inside the phrase; the unknown one stays unplaced, never read as its neighbour
        assertEquals(List.of("EOI"), REGISTER.keys(r));
        assertEquals("European Ombudsman Institution (EOI)", r.matches().get(0).phrase());
        assertEquals(List.of("International Ombudsman Institute (IOI)"), r.unmatched());
        MatchResult bare = withoutIoi.match("International Ombudsman Institute and European Ombudsman Institution");
        assertEquals(List.of("EOI"), REGISTER.keys(bare));
        assertEquals(List.of("International Ombudsman Institute"), bare.unmatched());
    }

    @Test
    void joinsPiecesCutAtCommasWhenTogetherTheyNameABody() {
        MatchResult r = MATCHER.match("UN Educational, Scientific, and Cultural Organization, UNHCR");
        assertEquals(List.of("UNESCO", "UNHCR"), REGISTER.keys(r));
        assertEquals(List.of(), r.unmatched());
    }

    @Test
    void anAcronymDoesNotSwallowAnUnknownNeighbour() {
        MatchResult r = MATCHER.match("Foo Bar Agency, European Union (EU)");
        assertEquals(List.of("EU"), REGISTER.keys(r));
        assertEquals(List.of("Foo Bar Agency"), r.unmatched());
    }

    @Test
    void findsTheLastSentToParagraphOfAWholeStatementAndDropsTheQuote() {
        String text = RegisterFixture.text("/matching/seeds/statement-2025-09-27-anniversary.txt");
        DistributionParagraph.Found found = DistributionParagraph.find(text);
        assertTrue(found.list().startsWith("the UN Secretary-General, UN Security Council"), found.list());
        assertTrue(found.list().endsWith("diaspora organizations of Azerbaijan"), found.list());
    }

    @Test
    void anAddressedToWithoutAuxiliaryIsNotALeadIn() {
        assertNull(DistributionParagraph.find("Two letters addressed to the High Commissioner remain unanswered.\n\nThanks."));
    }

    @Test
    void aWholePastedStatementGivesTheSameBodiesAsItsParagraph() {
        MatchResult whole = MATCHER.match(RegisterFixture.text("/matching/seeds/statement-2026-02-23-khojaly.txt"));
        assertEquals(List.of("UNSG", "UNSC", "OHCHR", "UNHCR", "UNHRC", "UNICEF", "UNESCO", "EU", "CoE", "OSCE", "IOI",
                "EOI", "AOA", "OIC", "OICOA", "TURKOMB", "OIC-IPHRC", "ENOC", "IPB", "NHRIS", "MISSIONS-ABROAD",
                "FOREIGN-MISSIONS", "DIASPORA"), REGISTER.keys(whole));
        assertEquals(List.of(), whole.unmatched());
    }

    @Test
    void phrasesKeepTheirTextAndScoresAreBetweenZeroAndOne() {
        MatchResult r = MATCHER.match("The statement was sent to the heads of the Council of Europe (CoE), unhcr.");
        assertEquals("Council of Europe (CoE)", r.matches().get(0).phrase());
        assertEquals("unhcr", r.matches().get(1).phrase());
        r.matches().forEach(m -> assertTrue(m.score() > 0 && m.score() <= 1, m.toString()));
    }

    @Test
    void aWeakerBodyIsOfferedAsAnAlternative() {
        MatchResult r = MATCHER.match("European Ombudsman Institute");
        assertEquals(List.of("EOI"), REGISTER.keys(r));
        assertEquals(List.of(), r.matches().get(0).alternatives(), "the European Ombudsman explains too little of it");
        MatchResult two = MATCHER.match("Security Council of the United Nations General Assembly");
        assertEquals(List.of(), two.matches(), "two bodies in one phrase are a tie, not a guess");
    }

    @Test
    void emptyAndBlankTextsGiveNothing() {
        assertEquals(MatchResult.empty(), MATCHER.match(""));
        assertEquals(MatchResult.empty(), MATCHER.match("  \n "));
        assertEquals(MatchResult.empty(), MATCHER.match(null));
    }
}
