package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a distribution list into pieces at commas, semicolons, line breaks, bullets and the word
 * "and" (outside parentheses). Which cuts are kept is decided later, by what the pieces resolve to.
 */
final class Segmenter {

    /** How two neighbouring pieces were separated. */
    enum Cut { LIST, AND }

    /** A piece of the list: its text, where it starts, and the cut before it. */
    record Piece(String text, int start, int end, Cut before) {
    }

    /** "and" and its Azerbaijani and Russian equivalents, "as well as", "including". */
    private static final Pattern AND = Pattern.compile(
            "\\s(?:and|&|as\\s+well\\s+as|və|habelə|həmçinin|eləcə\\s+də|o\\s+cümlədən|и|а\\s+также|в\\s+том\\s+числе)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String BULLETS = "•▪◦·";

    private Segmenter() {
    }

    static List<Piece> pieces(String list) {
        List<Piece> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        Cut pending = Cut.LIST;
        int i = 0;
        while (i < list.length()) {
            char c = list.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == ';' || c == '\n' || BULLETS.indexOf(c) >= 0)) {
                pending = add(out, list, start, i, pending, Cut.LIST);
                start = i + 1;
            } else if (depth == 0 && Character.isWhitespace(c)) {
                Matcher m = AND.matcher(list).region(i, list.length());
                if (m.lookingAt()) {
                    pending = add(out, list, start, i, pending, Cut.AND);
                    start = m.end();
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
        add(out, list, start, list.length(), pending, Cut.LIST);
        return out;
    }

    /** Adds the piece [from, to) if it has words; returns the cut the next piece starts with. */
    private static Cut add(List<Piece> out, String list, int from, int to, Cut before, Cut next) {
        String text = list.substring(from, to);
        if (new Phrase(text).isEmpty()) {
            // an empty piece (", and the") joins its neighbours by the stronger, list cut
            return Cut.LIST;
        }
        out.add(new Piece(text, from, to, before));
        return next;
    }
}
