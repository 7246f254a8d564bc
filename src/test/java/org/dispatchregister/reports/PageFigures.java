package org.dispatchregister.reports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the figures a page marks with {@code data-figure="name"} (dashboard, reports, analytics). */
final class PageFigures {

    private static final Pattern FIGURE = Pattern.compile("data-figure=\"([a-zA-Z]+)\">([^<]*)<");

    private PageFigures() {
    }

    /** The figure's text as shown: "12", "66.7 %", "—". */
    static String text(String html, String name) {
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2).trim();
            }
        }
        throw new AssertionError("no figure " + name + " on the page");
    }

    static long number(String html, String name) {
        return Long.parseLong(text(html, name));
    }
}
