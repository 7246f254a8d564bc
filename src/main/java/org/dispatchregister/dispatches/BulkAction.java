package org.dispatchregister.dispatches;

/** What the bulk bar of the dispatches list can do to the selected rows. */
public enum BulkAction {
    MARK_DELIVERED("Mark delivered"),
    MARK_RETURNED("Mark returned"),
    MARK_WITHDRAWN("Withdraw"),
    SET_SENT_DATE("Set date sent"),
    SET_DELIVERED_DATE("Set delivery date");

    public final String label;

    BulkAction(String label) {
        this.label = label;
    }

    public boolean needsDate() {
        return this == SET_SENT_DATE || this == SET_DELIVERED_DATE;
    }

    /** This enumeration as the choices of a select, labelled. */
    public static java.util.List<org.dispatchregister.web.Option> options() {
        return org.dispatchregister.web.Options.of(values(), org.dispatchregister.web.EnumLabels::shown);
    }
}
