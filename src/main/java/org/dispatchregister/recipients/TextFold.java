package org.dispatchregister.recipients;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for searching and matching: lower case, accents stripped, punctuation turned into
 * spaces, runs of spaces collapsed. "Comité  Européen (C.E.)" and "comite europeen c e" fold alike.
 * Shared by the register search, the alias keys and the matcher.
 */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFold() {
    }

    /** The folded form of {@code text}; empty for null or blank text. */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        // Letters without a decomposition that people still type without their stroke.
        unmarked = unmarked.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss").replace("ə", "e").replace("Ə", "E");
        String lower = unmarked.toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(lower).replaceAll(" ").trim();
    }

    /**
     * The key two acronyms are compared by: upper-case letters and digits only, accents stripped,
     * so "O.S.C.E." and "osce" collide. Null when nothing is left.
     */
    public static String acronymKey(String acronym) {
        String folded = fold(acronym).replace(" ", "").toUpperCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }

    /** The folded words of a search box, for matching each one separately. */
    public static String[] words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }
}
