package org.dispatchregister.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text folding for comparison: lower case, accents stripped, punctuation turned into spaces. */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’ʼ`]s\\b");
    private static final Pattern APOSTROPHE = Pattern.compile("['’ʼ`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Fold() {
    }

    /** "Children’s Fund, O.S.C.E." → "children fund o s c e"; null → "". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(java.util.Locale.ROOT);
        // "children's" and "childrens'" must fold alike; the possessive never distinguishes two bodies
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = APOSTROPHE.matcher(s).replaceAll("");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        return s.trim();
    }

    /** The folded words of a text. */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        if (!folded.isEmpty()) {
            for (String w : folded.split(" ")) {
                words.add(w);
            }
        }
        return words;
    }

    /** An acronym as a key: letters and digits only, upper case ("O.S.C.E." → "OSCE", "oic-iphrc" → "OICIPHRC"). */
    public static String acronymKey(String acronym) {
        return fold(acronym).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
