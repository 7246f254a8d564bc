package org.dispatchregister.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds the URL-encoded query of a list page's filters, so the pager keeps them. */
public final class QueryString {

    private final List<String> parts = new ArrayList<>();

    public QueryString add(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    public QueryString addAll(String name, Iterable<?> values) {
        if (values != null) {
            values.forEach(v -> add(name, v));
        }
        return this;
    }

    @Override
    public String toString() {
        return String.join("&", parts);
    }
}
