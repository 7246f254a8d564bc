package org.dispatchregister.dispatches;

import org.dispatchregister.web.Messages;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.FormDates;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The reply form (multipart, for the optional attachment). On the dispatch page only the reply fields are
 * used; on /replies/new the recipient and statement say what it answers, or stay empty for an unlinked letter.
 */
public record ReplyForm(
        @RestForm String receivedOn,
        @RestForm String theirReference,
        @RestForm String kind,
        @RestForm String summary,
        @RestForm String recipientId,
        @RestForm String statementId,
        @RestForm FileUpload attachment) {

    public static ReplyForm blank(String today) {
        return new ReplyForm(today, "", "", "", "", "", null);
    }

    /** The same form with the sender chosen. */
    public ReplyForm withRecipient(String id) {
        return new ReplyForm(receivedOn, theirReference, kind, summary, id, statementId, attachment);
    }

    /** Reads and checks the reply fields; null with messages when something is wrong. */
    public ReplyInput toInput(java.time.LocalDate today, FormErrors errors) {
        java.time.LocalDate received = FormDates.parse("receivedOn", receivedOn, errors);
        if (received == null && !errors.has("receivedOn")) {
            errors.add("receivedOn", Messages.notices().enter_received_date());
        }
        ReplyKind k = Enums.parse(ReplyKind.class, kind);
        if (k == null) {
            errors.add("kind", Messages.notices().choose_reply_kind());
        }
        return errors.isPresent() ? null : new ReplyInput(received, FormDates.trim(theirReference), k, FormDates.trim(summary));
    }

    public boolean hasAttachment() {
        return attachment != null && attachment.uploadedFile() != null && attachment.fileName() != null
                && !attachment.fileName().isBlank();
    }

    public Long recipient() {
        return parseId(recipientId);
    }

    public Long statement() {
        return parseId(statementId);
    }

    private static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
