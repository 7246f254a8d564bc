package org.dispatchregister.matching;

import org.dispatchregister.common.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phrase of a distribution list, cleaned: the lead words ("and", "the heads of", "the
 * leadership of", "the") and bullets removed, acronyms in parentheses set apart from the name.
 */
final class Phrase {

    private static final Pattern LEAD = Pattern.compile(
            "^(?:[-–—•*·▪◦>]+\\s*|\\d{1,2}[.)]\\s+|and\\s+|as well as\\s+|also\\s+|to\\s+|the\\s+heads?\\s+of\\s+|heads?\\s+of\\s+"
                    + "|the\\s+leadership\\s+of\\s+|leadership\\s+of\\s+|the\\s+"
                    // prose: "… and appealed to the ICRC", "the President of PACE" (the body's head is the body)
                    + "|(?:also\\s+)?(?:wrote|written|appealed|applied|turned|went)\\s+to\\s+"
                    + "|(?:the\\s+)?(?:president|chairman|chairperson|chair|director-general|director\\s+general|executive\\s+director"
                    + "|management|chairmanship|presidency)\\s+of\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAIL = Pattern.compile("(?:[\\s,;:.\"“”'’]|\\betc\\b)+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTES = Pattern.compile("^[\\s\"“”'’]+");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern ACRONYM_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.&\\-/]{1,19}");
    private static final Pattern SHORT_ACRONYM = Pattern.compile("[\\p{L}\\p{N}.&\\-/]{2,20}(?:\\s[\\p{L}\\p{N}.&\\-/]{1,20})?");

    /** The phrase as shown to the clerk. */
    final String text;
    /** The name part: the phrase without its acronyms in parentheses. */
    final String nameText;
    /** Acronym keys written in parentheses: "(OHCHR)" → "OHCHR". */
    final List<String> parenKeys = new ArrayList<>();
    /** The key of the whole phrase when it could itself be an acronym ("unhcr", "O.S.C.E.", "UN Women"). */
    final String wholeKey;

    Phrase(String raw) {
        String s = raw.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        s = QUOTES.matcher(s).replaceAll("");
        s = LEAD.matcher(s).replaceAll("");
        s = TRAIL.matcher(s).replaceAll("");
        this.text = s;
        StringBuilder name = new StringBuilder();
        Matcher m = PAREN.matcher(s);
        int last = 0;
        while (m.find()) {
            name.append(s, last, m.start());
            String inside = m.group(1).strip();
            if (ACRONYM_WORD.matcher(inside).matches() && NameIndex.looksLikeAcronym(inside)) {
                parenKeys.add(TextFold.acronymKey(inside));
            } else {
                name.append(' ').append(inside).append(' ');
            }
            last = m.end();
        }
        name.append(s.substring(last));
        String n = name.toString().replace('(', ' ').replace(')', ' ').replaceAll("\\s+", " ").strip();
        n = LEAD.matcher(n).replaceAll("");
        this.nameText = n;
        this.wholeKey = SHORT_ACRONYM.matcher(n).matches() ? TextFold.acronymKey(n) : null; // null when nothing is left
    }

    boolean isEmpty() {
        return TextFold.fold(text).isEmpty() || TextFold.words(text).stream().allMatch(NameTokens::isStopword);
    }
}
