package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dispatchregister.matching.PhraseResolver.Resolution;

/**
 * Two names sharing a head noun or a modifier: "the UN Human Rights and Security Councils" (the
 * UN Human Rights Council and the UN Security Council), "the Asian and European ombudsman
 * associations", "the UN Security Council and General Assembly". Each rebuilt name must name its
 * body on its own, as a whole phrase.
 */
final class Coordination {

    private static final Pattern AND = Pattern.compile("\\s(?:and|&)\\s", Pattern.CASE_INSENSITIVE);
    private static final int MAX_SHARED = 3;
    /** Longer phrases are sentences or lists, not two names sharing a word. */
    private static final int MAX_WORDS = 12;

    private Coordination() {
    }

    /** The bodies of "A and B H" / "M A and B" read as "A H" and "B H" / "M A" and "M B"; empty when that names none. */
    static List<MentionFinder.Mention> read(String text, int offset, PhraseResolver resolver) {
        Matcher m = AND.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        int andStart = m.start();
        int andEnd = m.end();
        if (m.find()) {
            return List.of(); // one "and" only: longer lists are cut by the segmenter
        }
        String left = text.substring(0, andStart).strip();
        String right = text.substring(andEnd).strip();
        String[] lw = left.split("\\s+");
        String[] rw = right.split("\\s+");
        if (lw.length + rw.length > MAX_WORDS) {
            return List.of();
        }
        int leftStart = offset + text.indexOf(left);
        int rightStart = offset + andEnd + text.substring(andEnd).indexOf(right);
        // a shared head is plural ("Councils", "associations"); a shared modifier leaves the left name whole
        boolean pluralHead = rw[rw.length - 1].endsWith("s");
        for (int h = 1; pluralHead && h <= Math.min(MAX_SHARED, rw.length - 1); h++) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(rw, rw.length - h, rw.length));
            List<MentionFinder.Mention> found = pair(resolver, left + " " + head, right, leftStart, left.length(), rightStart,
                    right.length());
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (resolver.resolve(new Phrase(left)) == null) {
            return List.of();
        }
        for (int k = 1; k <= Math.min(MAX_SHARED, lw.length - 1); k++) {
            String modifier = String.join(" ", java.util.Arrays.copyOfRange(lw, 0, k));
            List<MentionFinder.Mention> found = pair(resolver, left, modifier + " " + right, leftStart, left.length(), rightStart,
                    right.length());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<MentionFinder.Mention> pair(PhraseResolver resolver, String a, String b, int aStart, int aLength,
            int bStart, int bLength) {
        Resolution ra = resolver.resolve(new Phrase(a));
        Resolution rb = resolver.resolve(new Phrase(b));
        if (ra == null || rb == null || ra.entry() == rb.entry()) {
            return List.of();
        }
        List<MentionFinder.Mention> out = new ArrayList<>();
        out.add(new MentionFinder.Mention(aStart, aStart + aLength, List.of(ra.entry()), Math.min(ra.score(), rb.score())));
        out.add(new MentionFinder.Mention(bStart, bStart + bLength, List.of(rb.entry()), Math.min(ra.score(), rb.score())));
        return out;
    }
}
