package org.dispatchregister.bench;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The derived search columns exactly as the register computes them when it saves a recipient
 * (mirrors recipients.TextFold and RecipientService.refreshDerived), so generated rows are found,
 * sorted and de-duplicated like rows entered through the app.
 */
final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SEARCH_TEXT_MAX = 4000;

    private Fold() {
    }

    static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String unmarked = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        unmarked = unmarked.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss").replace("ə", "e").replace("Ə", "E");
        return NOT_LETTER_OR_DIGIT.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    static String acronymKey(String acronym) {
        String folded = fold(acronym).replace(" ", "").toUpperCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }

    static String searchText(String name, String acronym, List<String> aliases) {
        Set<String> parts = new LinkedHashSet<>();
        addForms(parts, name);
        addForms(parts, acronym);
        aliases.forEach(a -> addForms(parts, a));
        String joined = String.join(" ", parts);
        return joined.length() <= SEARCH_TEXT_MAX ? joined : joined.substring(0, SEARCH_TEXT_MAX);
    }

    private static void addForms(Set<String> parts, String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return;
        }
        parts.add(folded);
        if (folded.length() <= 24 && folded.contains(" ")) {
            parts.add(folded.replace(" ", ""));
        }
    }
}
