package org.dispatchregister.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * One-shot message carried across a Post/Redirect/Get: set before the 303, shown on the next page.
 * Travels in a short-lived cookie (see {@link FlashFilters}); templates read it as {inject:flash.message}.
 */
@Named("flash")
@RequestScoped
public class Flash {

    private String incoming;
    private String outgoing;
    private boolean shown;

    /** Queue a message for the page the browser is redirected to. */
    public void set(String message) {
        this.outgoing = message;
    }

    /** The message to show on this page, or null; reading it consumes it. */
    public String getMessage() {
        if (incoming != null) {
            shown = true;
        }
        return incoming;
    }

    void receive(String message) {
        this.incoming = message;
    }

    String outgoing() {
        return outgoing;
    }

    boolean shown() {
        return shown;
    }

    boolean hasIncoming() {
        return incoming != null;
    }
}
