package org.dispatchregister.web;

/** Reads an enumeration code from a form or query parameter; anything unknown is null, never an error page. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "Use one of A, B, C": the codes listed from the enumeration itself, so a new value is never missing. */
    public static <E extends Enum<E>> String useOneOf(Class<E> type) {
        return "Use one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
