package org.dispatchregister.web;

/**
 * The one rule for control characters in text that users send (forms, the JSON API, imports):
 * every C0 and C1 control character and DEL is removed, except the tab and the line break, which
 * multi-line fields use; Windows and old Mac line ends become a plain line break. Nobody means to
 * type a NUL, an ESC or a vertical tab, and stored ones break exports, PDFs and PostgreSQL.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean isUnwanted(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
    }

    /** The text without unwanted control characters; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !isUnwanted(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (!isUnwanted(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Stored text made printable (PDF, XLSX; both XML inside): control characters that XML cannot carry
     * or no font draws are left out (tab and line ends stay), a lone surrogate becomes U+FFFD.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = (isUnwanted(c) && c != '\r') || c == 0xfffe || c == 0xffff;
            boolean loneSurrogate = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if ((drop || loneSurrogate) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !drop) {
                out.append(loneSurrogate ? '\ufffd' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
