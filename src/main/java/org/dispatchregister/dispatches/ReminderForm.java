package org.dispatchregister.dispatches;

import org.jboss.resteasy.reactive.RestForm;

/** The reminder form: letter text prefilled by {@link ReminderLetter}, channel and date sent. */
public record ReminderForm(@RestForm String letterText, @RestForm String channel, @RestForm String sentOn) {
}
