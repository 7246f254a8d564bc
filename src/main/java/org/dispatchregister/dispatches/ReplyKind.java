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
}
