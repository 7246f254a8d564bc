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
}
