package org.dispatchregister.matching;

import org.dispatchregister.common.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a body's name (or a phrase of a distribution list) into its significant words, with the
 * spelling variants staff use folded together: "Organisation"/"Organization",
 * "Co-operation"/"Cooperation", "Ombudsmen"/"Ombudsperson", "Institute"/"Institution",
 * "United Nations"/"UN", plurals. Register names and phrases go through the same steps, so a
 * variant only has to be known here once.
 */
final class NameTokens {

    /** Words that never tell two bodies apart. */
    private static final Set<String> STOPWORDS = Set.of("of", "the", "for", "and", "to", "in", "on", "at", "a", "an",
            "by", "with", "from", "its", "de", "la", "le", "les", "des", "du", "et", "etc", "this", "these", "those", "their", "our");

    /**
     * Words that may be left out without naming another body ("UN Security Council" / "Security
     * Council"; "the Republic of Azerbaijan" / "Azerbaijan"; Azerbaijani "BMT", Russian "ООН"): they
     * count a little, never decide.
     */
    private static final Set<String> SOFT = Set.of("un", "republic", "bmt", "оон");

    static final double SOFT_WEIGHT = 0.3;

    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("organisation", "organization"),
            Map.entry("ombudsmen", "ombudsman"),
            Map.entry("ombudsperson", "ombudsman"),
            Map.entry("ombudspersons", "ombudsman"),
            Map.entry("ombudswoman", "ombudsman"),
            Map.entry("ombudsmans", "ombudsman"),
            Map.entry("institute", "institution"),
            Map.entry("institutes", "institution"),
            Map.entry("programme", "program"),
            Map.entry("centre", "center"),
            Map.entry("defence", "defense"),
            Map.entry("childrens", "children"),
            Map.entry("nhris", "nhri"));

    /** Word sequences with one accepted short form; applied before stemming. */
    static final List<String[][]> PHRASES = List.of(
            new String[][] { { "united", "nations" }, { "un" } },
            new String[][] { { "united", "nation" }, { "un" } },
            new String[][] { { "national", "human", "rights", "institutions" }, { "nhri" } },
            new String[][] { { "national", "human", "rights", "institution" }, { "nhri" } },
            new String[][] { { "in", "foreign", "countries" }, { "abroad" } });

    private NameTokens() {
    }

    /** The significant words of a text, in order, canonical form. */
    static List<String> of(String text) {
        List<String> words = mergeCooperation(TextFold.words(text));
        words = replacePhrases(words);
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String canonical = canonical(w);
            if (!STOPWORDS.contains(canonical) && !canonical.isEmpty()) {
                out.add(canonical);
            }
        }
        return out;
    }

    static boolean isSoft(String token) {
        return SOFT.contains(token);
    }

    static double weight(String token) {
        return isSoft(token) ? SOFT_WEIGHT : 1.0;
    }

    static boolean isStopword(String foldedWord) {
        return STOPWORDS.contains(foldedWord);
    }

    static String canonical(String word) {
        String v = VARIANTS.get(word);
        if (v != null) {
            return v;
        }
        String stem = stem(word);
        v = VARIANTS.get(stem);
        return v != null ? v : stem;
    }

    /** Plural "s" dropped from longer words ("missions" → "mission"), never from "-ss", "-us", "-is". */
    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && Character.isLetter(word.charAt(0))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** "co-operation" folds to "co operation": join it back. */
    private static List<String> mergeCooperation(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("co") && i + 1 < words.size() && words.get(i + 1).startsWith("operat")) {
                out.add("co" + words.get(++i));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> replacePhrases(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        outer:
        for (int i = 0; i < words.size(); i++) {
            for (String[][] rule : PHRASES) {
                String[] from = rule[0];
                if (startsAt(words, i, from)) {
                    for (String to : rule[1]) {
                        out.add(to);
                    }
                    i += from.length - 1;
                    continue outer;
                }
            }
            out.add(words.get(i));
        }
        return out;
    }

    static boolean startsAt(List<String> words, int i, String[] seq) {
        if (i + seq.length > words.size()) {
            return false;
        }
        for (int k = 0; k < seq.length; k++) {
            if (!words.get(i + k).equals(seq[k])) {
                return false;
            }
        }
        return true;
    }
}
