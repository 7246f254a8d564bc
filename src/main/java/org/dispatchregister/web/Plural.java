package org.dispatchregister.web;

import java.util.List;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

/**
 * Chooses the word form for a count. A counting text of a bundle holds its forms separated by "|", in the
 * order one|few|many with as many as the language needs, the last standing also for "other": English
 * "{n} letter|{n} letters", Russian "{n} письмо|{n} письма|{n} писем", Azerbaijani "{n} məktub" (a noun
 * after a numeral does not change). The category of a number comes from the CLDR rules (ICU4J).
 */
public final class Plural {

    private static final List<String> ORDER = List.of(PluralRules.KEYWORD_ONE, PluralRules.KEYWORD_FEW, PluralRules.KEYWORD_MANY);

    private Plural() {
    }

    /** The form of {@code forms} (already filled with the number) that the language uses for {@code n}. */
    public static String pick(Language language, long n, String forms) {
        String[] choices = forms.split("\\|", -1);
        String category = PluralRules.forLocale(ULocale.forLanguageTag(language.tag())).select(n);
        int index = ORDER.indexOf(category);
        return choices[index < 0 ? choices.length - 1 : Math.min(index, choices.length - 1)].strip();
    }

    /** "a", "a and b", "a, b and c" with the language's "and". */
    public static String join(List<String> parts, String and) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
    }
}
