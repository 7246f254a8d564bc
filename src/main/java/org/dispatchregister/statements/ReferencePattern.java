package org.dispatchregister.statements;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats a generated reference from the configured pattern: {seq:N} is the per-year sequence
 * zero-padded to N digits ({seq} unpadded), {yy} the two-digit and {yyyy} the four-digit year.
 */
public final class ReferencePattern {

    private static final Pattern TOKEN = Pattern.compile("\\{(seq(?::(\\d{1,2}))?|yyyy|yy)\\}");

    private ReferencePattern() {
    }

    public static String format(String pattern, int year, int sequence) {
        if (!pattern.contains("{seq")) {
            throw new IllegalArgumentException("The reference pattern must contain {seq} or {seq:N}: " + pattern);
        }
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value;
            if (token.startsWith("seq")) {
                int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                value = width == 0 ? Integer.toString(sequence) : String.format("%0" + width + "d", sequence);
            } else if (token.equals("yyyy")) {
                value = String.format("%04d", year);
            } else {
                value = String.format("%02d", Math.floorMod(year, 100));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
