package org.dispatchregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Word forms for counts in the three languages of the interface. */
class PluralTest {

    @Test
    void russianHasThreeFormsEnglishTwoAzerbaijaniOne() {
        String ru = "%d письмо|%d письма|%d писем";
        for (long n : new long[] { 1, 2, 5, 11, 21, 22, 25, 101, 111 }) {
            String expected = switch ((int) n) {
                case 1, 21, 101 -> n + " письмо";
                case 2, 22 -> n + " письма";
                default -> n + " писем";
            };
            assertEquals(expected, Plural.pick(Language.RU, n, ru.replace("%d", String.valueOf(n))), "ru " + n);
        }
        assertEquals("1 letter", Plural.pick(Language.EN, 1, "1 letter|1 letters"));
        assertEquals("21 letters", Plural.pick(Language.EN, 21, "21 letter|21 letters"));
        assertEquals("0 letters", Plural.pick(Language.EN, 0, "0 letter|0 letters"));
        assertEquals("21 məktub", Plural.pick(Language.AZ, 21, "21 məktub"));
        assertEquals("1 məktub", Plural.pick(Language.AZ, 1, "1 məktub"));
    }

    @Test
    void listsJoinWithTheLanguagesAnd() {
        assertEquals("a", Plural.join(List.of("a"), "and"));
        assertEquals("a и b", Plural.join(List.of("a", "b"), "и"));
        assertEquals("a, b və c", Plural.join(List.of("a", "b", "c"), "və"));
    }
}
