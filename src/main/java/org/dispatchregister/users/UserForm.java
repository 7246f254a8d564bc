package org.dispatchregister.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** The create/edit user form. The password is asked only when creating. */
public record UserForm(
        @RestForm @NotBlank(message = "Enter a user name") @Size(max = 60, message = "At most 60 characters")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "Letters, digits, dot, dash and underscore only") String username,
        @RestForm @NotBlank(message = "Enter the person's name") @Size(max = 120, message = "At most 120 characters") String displayName,
        @RestForm @NotBlank(message = "Choose a role") @Pattern(regexp = "ADMIN|CLERK|VIEWER", message = "Choose a role") String role,
        @RestForm String active,
        @RestForm @Size(max = 200, message = "At most 200 characters") String password,
        @RestForm @Pattern(regexp = "|az|en|ru", message = "Choose one of the languages offered") String language,
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
