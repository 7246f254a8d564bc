package org.dispatchregister.statements;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** The statement kind form (administrators). The code is fixed once created: the API uses it. */
public record KindForm(
        @RestForm @NotBlank(message = "{register.code}") @Size(max = 40, message = "{register.at_most_chars}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{register.kind_code_chars}") String code,
        @RestForm @NotBlank(message = "{register.name}") @Size(max = 120, message = "{register.at_most_chars}") String name,
        @RestForm String replyExpected,
        @RestForm @Min(value = 1, message = "{register.at_least_one_day}") @Max(value = 3650, message = "{register.at_most_days}") Integer replyDays,
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
