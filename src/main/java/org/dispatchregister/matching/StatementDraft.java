package org.dispatchregister.matching;

import java.time.LocalDate;

/**
 * What the extractor read in a pasted statement. Every field carries its value and the line it
 * came from, so the clerk can check it; a field not found is {@link Field#NONE}-like (null value).
 */
public record StatementDraft(Field<LocalDate> issuedOn, Field<String> place, Field<String> signatory,
        Field<String> signatoryTitle, Field<String> reference, Field<String> kind, Field<String> title,
        Field<String> distribution) {

    /** A value and the text it was read from; both null when nothing was found. */
    public record Field<T>(T value, String source) {

        public static <T> Field<T> none() {
            return new Field<>(null, null);
        }

        public static <T> Field<T> of(T value, String source) {
            return value == null ? none() : new Field<>(value, source == null ? null : source.strip());
        }

        public boolean found() {
            return value != null;
        }
    }
}
