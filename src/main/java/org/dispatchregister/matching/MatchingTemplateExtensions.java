package org.dispatchregister.matching;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateExtension;

/** Template helpers of the matcher pages. */
@TemplateExtension
public class MatchingTemplateExtensions {

    /** A value for a URL query parameter: "A & B" → "A+%26+B". */
    static String asQueryValue(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
