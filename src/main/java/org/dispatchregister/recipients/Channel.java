package org.dispatchregister.recipients;

/** How a statement travels to a recipient. Codes are what the API uses. */
public enum Channel {
    EMAIL("Email"),
    POST("Post"),
    COURIER("Courier or diplomatic pouch"),
    FAX("Fax"),
    HAND_DELIVERY("Hand delivery"),
    ONLINE("Online submission"),
    VIA_EMBASSY("Via embassy");

    public final String label;

    Channel(String label) {
        this.label = label;
    }

    /** This enumeration as the choices of a select, labelled. */
    public static java.util.List<org.dispatchregister.web.Option> options() {
        return org.dispatchregister.web.Options.of(values(), org.dispatchregister.web.EnumLabels::shown);
    }
}
