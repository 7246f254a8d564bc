package org.dispatchregister.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Validation messages of one form, keyed by field name; the field tag shows them next to each field. */
public class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.get(field);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean isPresent() {
        return !messages.isEmpty();
    }

    public Map<String, String> asMap() {
        return messages;
    }
}
