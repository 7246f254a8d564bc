package org.dispatchregister.matching;

import java.util.regex.Pattern;

/** Pasted or uploaded text made safe to read: markup and control characters removed, line ends unified. */
public final class TextInput {

    /** Largest text accepted (characters): a long statement is 30,000. */
    public static final int MAX_CHARS = 1_000_000;

    private static final Pattern TAGS = Pattern.compile("<[^<>]{0,2000}>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200F\\u2028\\u2029\\uFEFF]");

    private TextInput() {
    }

    /** Without HTML tags, control characters and Windows line ends; null → "". */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        s = TAGS.matcher(s).replaceAll(" ");
        s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        return CONTROL.matcher(s).replaceAll(" ").replace('\t', ' ');
    }

    /** Why a text cannot be read, or null when it can. */
    /** Refuses a text the API cannot read: empty (400) or too long (413), as problem details naming "text". */
    static void refuseUnreadable(String text) {
        String problem = problem(text);
        if (problem != null) {
            int status = text != null && text.length() > MAX_CHARS ? 413 : 400;
            throw new org.dispatchregister.web.ApiValidationException(status,
                    new org.dispatchregister.web.FormErrors().add("text", problem));
        }
    }

    public static String problem(String text) {
        if (text == null || clean(text).isBlank()) {
            return "The text is empty: paste the distribution paragraph or the statement.";
        }
        if (text.length() > MAX_CHARS) {
            return "The text is too long (" + text.length() + " characters); at most " + MAX_CHARS + " are read.";
        }
        return null;
    }
}
