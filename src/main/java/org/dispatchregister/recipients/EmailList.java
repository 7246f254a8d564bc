package org.dispatchregister.recipients;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The emails field: several addresses separated by commas, semicolons, spaces or new lines. */
public final class EmailList {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    // Deliberately plain: one @, something before it, a dotted domain after it, no spaces or brackets.
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private EmailList() {
    }

    public static List<String> split(String emails) {
        List<String> out = new ArrayList<>();
        if (emails == null) {
            return out;
        }
        for (String part : SEPARATORS.split(emails.trim())) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /** The first address that is not a valid email address, or null when all are valid. */
    public static String firstInvalid(String emails) {
        for (String address : split(emails)) {
            if (!ADDRESS.matcher(address).matches()) {
                return address;
            }
        }
        return null;
    }

    /** The addresses joined in the stored form ("a@x.org, b@y.org"), or null when there are none. */
    public static String normalise(String emails) {
        List<String> parts = split(emails);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The first address, for the API's single "email" field. */
    public static String first(String emails) {
        List<String> parts = split(emails);
        return parts.isEmpty() ? null : parts.get(0);
    }
}
