package org.dispatchregister.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** The create/edit user form. The password is asked only when creating. */
public record UserForm(
        @RestForm @NotBlank(message = "{register.user_name}") @Size(max = 60, message = "{register.at_most_chars}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{register.user_name_chars}") String username,
        @RestForm @NotBlank(message = "{register.person_name}") @Size(max = 120, message = "{register.at_most_chars}") String displayName,
        @RestForm @NotBlank(message = "{register.role}") @Pattern(regexp = "ADMIN|CLERK|VIEWER", message = "{register.role}") String role,
        @RestForm String active,
        @RestForm @Size(max = 200, message = "{register.at_most_chars}") String password,
        @RestForm @Pattern(regexp = "|az|en|ru", message = "{register.language}") String language,
        @RestForm Long version) {

    public static UserForm blank() {
        return new UserForm("", "", "CLERK", "on", "", "", null);
    }

    public static UserForm of(StaffUser user) {
        return new UserForm(user.username, user.displayName, user.role.name(), user.active ? "on" : null, "",
                user.language == null ? "" : user.language, user.version);
    }

    public boolean isActive() {
        return active != null && !active.isEmpty();
    }
}
