package org.dispatchregister.reports;

/** A report parameter that cannot be used (a malformed date, an inverted period, an unknown code): 400. */
public class ReportInputException extends RuntimeException {

    private final String backTo;

    public ReportInputException(String message, String backTo) {
        super(message);
        this.backTo = backTo;
    }

    /** Where the page offers to go back to. */
    public String backTo() {
        return backTo;
    }
}
