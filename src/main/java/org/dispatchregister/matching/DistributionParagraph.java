package org.dispatchregister.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the distribution list in a text: after "The statement was sent to", "has been addressed
 * to", "Distribution:", "cc:"… in the last paragraph that has one; the trailing quote and "the
 * statement reads" are dropped. A text without such a lead-in is taken as the list itself.
 */
public final class DistributionParagraph {

    private static final Pattern SENT_TO = Pattern.compile(
            "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are|will\\s+be)\\s+(?:also\\s+)?"
                    + "(?:sent|addressed|forwarded|distributed|circulated|submitted|transmitted)\\s+to\\b\\s*:?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[\\s*_]*(?:distribution(?:\\s+list)?|cc|copy\\s+to|copies\\s+to|sent\\s+to|addressed\\s+to|recipients)[\\s*_]*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAIL = Pattern.compile(
            "[\\s,.;:]*[\"“”'’]*[\\s,]*(?:the\\s+(?:statement|appeal|letter|message)\\s+(?:reads|says|concludes))?[\\s.\"“”'’]*$",
            Pattern.CASE_INSENSITIVE);

    /** Where the list was found in the text: its start offset and the paragraph it came from. */
    public record Found(String list, String paragraph, boolean leadIn) {
    }

    private DistributionParagraph() {
    }

    /** The list part of a text, and whether a lead-in marked it. */
    public static Found find(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        Found headed = afterHeading(t);
        if (headed != null) {
            return headed;
        }
        String[] paragraphs = t.split("\\n\\s*\\n");
        for (int i = paragraphs.length - 1; i >= 0; i--) {
            Matcher m = SENT_TO.matcher(paragraphs[i]);
            int end = -1;
            while (m.find()) {
                end = m.end();
            }
            if (end >= 0) {
                return new Found(trimTail(paragraphs[i].substring(end)), paragraphs[i].strip(), true);
            }
        }
        return null;
    }

    /** The list of a text, or the whole text when no lead-in marks one. */
    public static String listOf(String text) {
        Found found = find(text);
        return found != null ? found.list() : trimTail(text == null ? "" : text);
    }

    private static Found afterHeading(String t) {
        Matcher m = HEADING.matcher(t);
        int end = -1;
        int start = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (end < 0) {
            return null;
        }
        return new Found(trimTail(t.substring(end)), t.substring(start).strip(), true);
    }

    private static String trimTail(String s) {
        return TAIL.matcher(s).replaceFirst("").strip();
    }
}
