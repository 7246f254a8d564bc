package org.dispatchregister.users;

import org.dispatchregister.web.FormErrors;

/** What makes a password acceptable; one place so every form says the same. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;

    private PasswordRules() {
    }

    public static void check(String field, String password, FormErrors errors) {
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add(field, "At least " + MIN_LENGTH + " characters");
        } else if (password.length() > 200) {
            errors.add(field, "At most 200 characters");
        } else if (password.isBlank()) {
            errors.add(field, "Not only spaces");
        }
    }
}
