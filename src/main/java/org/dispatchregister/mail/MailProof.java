package org.dispatchregister.mail;

import java.time.LocalDateTime;

/** The short proof of a dispatch sent by e-mail, for reports: our Message-ID, when the server accepted it, to whom. */
public record MailProof(String messageId, LocalDateTime acceptedAt, String addresses) {

    /** The acceptance time to the second, as printed. */
    public String acceptedText() {
        return acceptedAt == null ? "" : acceptedAt.withNano(0).toString().replace('T', ' ');
    }
}
