package org.dispatchregister.dispatches;

/** What kind of answer came back. Codes are what the API uses. */
public enum ReplyKind {
    ACKNOWLEDGEMENT("Acknowledgement"),
    SUBSTANTIVE("Substantive reply"),
    HOLDING("Holding reply"),
    REFUSAL("Refusal"),
    FORWARDED("Forwarded to another body");

    public final String label;

    ReplyKind(String label) {
        this.label = label;
    }

    /** This enumeration as the choices of a select, labelled. */
    public static java.util.List<org.dispatchregister.web.Option> options() {
        return org.dispatchregister.web.Options.of(values(), org.dispatchregister.web.EnumLabels::shown);
    }
}
