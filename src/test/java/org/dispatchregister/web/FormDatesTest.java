package org.dispatchregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates are read the ways staff write them, in any of the three languages; nonsense is no date. */
class FormDatesTest {

    private static final LocalDate D = LocalDate.of(2026, 2, 23);

    @Test
    void numericFormsDayFirstAndIso() {
        for (String text : new String[] { "2026-02-23", "2026-2-23", "23.02.2026", "23.2.2026", "23/02/2026", "23-02-2026" }) {
            assertEquals(D, FormDates.lenient(text), text);
        }
    }

    @Test
    void writtenMonthsInEnglishAzerbaijaniAndRussian() {
        for (String text : new String[] { "23 Feb 2026", "23 February 2026", "February 23, 2026", "Feb 23 2026", "23 fevral 2026",
                "23 fevral 2026-cı il", "23 Fevral 2026", "23 февраля 2026", "23 февраля 2026 г.", "23 фев. 2026", "23 ФЕВРАЛЯ 2026 года" }) {
            assertEquals(D, FormDates.lenient(text), text);
        }
        assertEquals(LocalDate.of(2026, 5, 1), FormDates.lenient("1 мая 2026"));
        assertEquals(LocalDate.of(2026, 7, 4), FormDates.lenient("4 iyul 2026"));
        assertEquals(LocalDate.of(2026, 9, 4), FormDates.lenient("4 Sept 2026"));
    }

    @Test
    void impossibleOrAmbiguousTextIsNoDate() {
        for (String text : new String[] { "31.02.2026", "2026-13-45", "23.02.26", "not-a-date", "4 iyu 2026", "4 ma 2026",
                "02/23/2026", "23 Febx 2026" }) {
            assertNull(FormDates.lenient(text), text);
        }
    }

    @Test
    void languagesFormatTheirOwnWay() {
        assertEquals("23 Feb 2026", Language.EN.format(D));
        assertEquals("23.02.2026", Language.AZ.format(D));
        assertEquals("23.02.2026", Language.RU.format(D));
        for (Language l : Language.values()) {
            assertEquals(D, FormDates.lenient(l.format(D)), l.name());
        }
    }

    @Test
    void acceptLanguagePicksTheFirstOfOursByWeight() {
        assertEquals(Language.AZ, Language.fromAcceptLanguage("az-AZ,az;q=0.9,en;q=0.8").orElseThrow());
        assertEquals(Language.RU, Language.fromAcceptLanguage("de-DE,ru;q=0.7,en;q=0.5").orElseThrow());
        assertEquals(Language.EN, Language.fromAcceptLanguage("en-US,en;q=0.9").orElseThrow());
        assertEquals(true, Language.fromAcceptLanguage("de,fr").isEmpty());
        assertEquals(true, Language.fromAcceptLanguage(";;q=x,,").isEmpty());
        assertEquals(Language.RU, Language.fromTag("ru_RU").orElseThrow());
    }
}
