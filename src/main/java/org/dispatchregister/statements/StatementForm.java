package org.dispatchregister.statements;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The statement create/edit form. The field names are a contract: the import feature posts them to
 * {@code POST /statements}, optionally with repeated {@code proposedRecipientId} values that open the
 * dispatch form preselected. Dates are yyyy-MM-dd text so a bad date gets a message, not a 400.
 */
public record StatementForm(
        @RestForm @NotBlank(message = "{register.kind}") String kindCode,
        @RestForm @NotBlank(message = "{register.title}") @Size(max = 500, message = "{register.at_most_chars}") String title,
        @RestForm @Size(max = 60, message = "{register.at_most_chars}") String reference,
        @RestForm String issuedOn,
        @RestForm @Size(max = 120, message = "{register.at_most_chars}") String place,
        @RestForm @Size(max = 200, message = "{register.at_most_chars}") String signatory,
        @RestForm @Size(max = 60, message = "{register.at_most_chars}") String language,
        @RestForm @Size(max = 4000, message = "{register.at_most_chars}") String summary,
        @RestForm @Size(max = 500000, message = "{register.at_most_chars}") String fullText,
        @RestForm @Size(max = 500, message = "{register.at_most_chars}") String topics,
        @RestForm @Size(max = 1000, message = "{register.at_most_chars}") String inResponseTo,
        @RestForm @Size(max = 100, message = "{register.at_most_chars}") String responseReference,
        @RestForm String responseDate,
        @RestForm String issueNow,
        @RestForm List<Long> proposedRecipientId,
        @RestForm Long version) {

    public static StatementForm blank(String kindCode, String today) {
        return new StatementForm(kindCode, "", "", today, "", "", "English", "", "", "", "", "", "", null, List.of(), null);
    }

    public static StatementForm of(Statement s) {
        return new StatementForm(s.kind.code, s.title, s.reference, text(s.issuedOn), s.place, s.signatory, s.language,
                s.summary, s.fullText, s.topics, s.inResponseTo, s.responseReference, text(s.responseDate), null, List.of(),
                s.version);
    }

    public boolean isIssueNow() {
        return issueNow != null && !issueNow.isEmpty() && !"false".equalsIgnoreCase(issueNow);
    }

    public List<Long> proposedRecipients() {
        return proposedRecipientId == null ? List.of() : proposedRecipientId;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
