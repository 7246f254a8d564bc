package org.dispatchregister.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text folding for comparison: lower case, accents stripped, punctuation turned into spaces. */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** "Children’s Fund, O.S.C.E." → "children fund o s c e"; null → "". */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        // one pass instead of regexes: this runs for every phrase of every text matched
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isApostrophe(c)) {
                // "children's" and "childrens'" fold alike; the possessive never distinguishes two bodies
                if (i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                    i++;
                }
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`';
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
