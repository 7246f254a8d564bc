package org.dispatchregister.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The import extractor on the three seed texts, and on the date, place and reference forms it knows. */
class StatementTextExtractorTest {

    private static StatementDraft seed(String name) {
        return StatementTextExtractor.extract(RegisterFixture.text("/matching/seeds/" + name));
    }

    @Test
    void khojalyStatement() {
        StatementDraft d = seed("statement-2026-02-23-khojaly.txt");
        assertEquals(LocalDate.of(2026, 2, 23), d.issuedOn().value());
        assertEquals("23 February 2026", d.issuedOn().source());
        assertEquals("Khankendi city", d.place().value());
        assertEquals("Khankendi city", d.place().source());
        assertEquals("Sabina Aliyeva", d.signatory().value());
        assertEquals("The Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan", d.signatoryTitle().value());
        assertNull(d.reference().value());
        assertEquals("STATEMENT", d.kind().value());
        assertEquals("THE STATEMENT of the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan "
                + "commemorating the Khojaly Genocide", d.title().value());
        assertTrue(d.distribution().value().startsWith("the UN Secretary-General (UNSG), UN Security Council (UNSC)"));
        assertTrue(d.distribution().value().endsWith("and diaspora organizations of Azerbaijan"), d.distribution().value());
        assertTrue(d.distribution().source().startsWith("The statement has been sent to"));
    }

    @Test
    void anniversaryStatement() {
        StatementDraft d = seed("statement-2025-09-27-anniversary.txt");
        assertEquals(LocalDate.of(2025, 9, 27), d.issuedOn().value());
        assertEquals("27 September 2025", d.issuedOn().source());
        assertEquals("Baku", d.place().value());
        assertTrue(d.place().source().startsWith("BAKU, Azerbaijan, September 27."));
        assertEquals("Sabina Aliyeva", d.signatory().value());
        assertEquals("The Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan", d.signatoryTitle().value());
        assertNull(d.reference().value());
        assertEquals("STATEMENT", d.kind().value());
        assertEquals("Over five years have passed since the large-scale military operations carried out by Armenia’s "
                + "armed forces on 27 September…", d.title().value());
        assertTrue(d.distribution().value().startsWith("the UN Secretary-General, UN Security Council"));
        assertTrue(d.distribution().value().endsWith("diaspora organizations of Azerbaijan"), d.distribution().value());
    }

    @Test
    void noteVerbale() {
        StatementDraft d = seed("note-verbale-2020-11-04-ohchr.txt");
        assertEquals(LocalDate.of(2020, 11, 4), d.issuedOn().value());
        assertEquals("Geneva, 4 November 2020", d.issuedOn().source());
        assertEquals("Geneva", d.place().value());
        assertNull(d.signatory().value());
        assertEquals("0461/27/20/22", d.reference().value());
        assertEquals("Ref: 0461/27/20/22", d.reference().source());
        assertEquals("NOTE_VERBALE", d.kind().value());
        assertTrue(d.kind().source().contains("presents its compliments"));
        assertEquals("Note verbale to the Office of the United Nations High Commissioner for Human Rights", d.title().value());
        assertEquals("Office of the United Nations High Commissioner for Human Rights", d.distribution().value());
    }

    @Test
    void dateForms() {
        assertEquals(LocalDate.of(2023, 1, 15), StatementTextExtractor.extract("Text.\n\nJanuary 15, 2023").issuedOn().value());
        assertEquals(LocalDate.of(2020, 11, 4), StatementTextExtractor.extract("Text.\n\nGeneva, 4 November 2020").issuedOn().value());
        assertEquals(LocalDate.of(2024, 3, 1), StatementTextExtractor.extract("Text.\n\n2024-03-01").issuedOn().value());
        StatementDraft dateline = StatementTextExtractor.extract("GENEVA, March 3. The Office said in 2024 that...");
        assertEquals(LocalDate.of(2024, 3, 3), dateline.issuedOn().value());
        assertEquals("Geneva", dateline.place().value());
        assertNull(StatementTextExtractor.extract("Text.\n\n31 February 2025").issuedOn().value(), "no such day");
        assertNull(StatementTextExtractor.extract("Events of 26 February 1992 were recalled in the text.").issuedOn().value(),
                "a date inside a sentence is not the date of issue");
    }

    @Test
    void referenceForms() {
        assertEquals("12/345-B", StatementTextExtractor.extract("Ref. No. 12/345-B\n\nDear Sir,").reference().value());
        assertEquals("OMB-2024-7", StatementTextExtractor.extract("Our ref: OMB-2024-7\nText").reference().value());
    }

    @Test
    void kindGuesses() {
        assertEquals("LETTER", StatementTextExtractor.extract("Dear Madam,\nWe write about the statement.").kind().value());
        assertEquals("PRESS_RELEASE", StatementTextExtractor.extract("PRESS RELEASE\nThe statement ...").kind().value());
        assertEquals("APPEAL", StatementTextExtractor.extract("We call upon all states to act.").kind().value());
        assertFalse(StatementTextExtractor.extract("Nothing to see").kind().found());
    }

    @Test
    void markupAndControlCharactersAreRemoved() {
        StatementDraft d = StatementTextExtractor.extract("<h1>Appeal on <script>x()</script>detainees</h1>\u0000\u0007\n\n4 May 2024");
        assertEquals("Appeal on x() detainees", d.title().value().replaceAll("\\s+", " "));
        assertEquals(LocalDate.of(2024, 5, 4), d.issuedOn().value());
    }
}
