package org.dispatchregister.statements;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** The statement kind form (administrators). The code is fixed once created: the API uses it. */
public record KindForm(
        @RestForm @NotBlank(message = "Enter a code") @Size(max = 40, message = "At most 40 characters")
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "Capital letters, digits and underscores, starting with a letter") String code,
        @RestForm @NotBlank(message = "Enter a name") @Size(max = 120, message = "At most 120 characters") String name,
        @RestForm String replyExpected,
        @RestForm @Min(value = 1, message = "At least 1 day") @Max(value = 3650, message = "At most 3,650 days") Integer replyDays,
        @RestForm Integer sortOrder,
        @RestForm String active,
        @RestForm Long version) {

    public static KindForm blank() {
        return new KindForm("", "", null, null, 100, "on", null);
    }

    public static KindForm of(StatementKind k) {
        return new KindForm(k.code, k.name, k.replyExpected ? "on" : null, k.replyDays, k.sortOrder, k.active ? "on" : null, k.version);
    }

    public boolean isReplyExpected() {
        return replyExpected != null && !replyExpected.isEmpty();
    }

    public boolean isActive() {
        return active != null && !active.isEmpty();
    }
}
