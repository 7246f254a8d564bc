package org.dispatchregister.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dispatchregister.web.FormErrors;
import org.junit.jupiter.api.Test;

/** Issue 13, finding 10: at least 12 characters, at most 72 bytes, not a common password. */
class PasswordRulesTest {

    private static String verdict(String password) {
        FormErrors errors = new FormErrors();
        PasswordRules.check("password", password, errors);
        return errors.get("password");
    }

    @Test
    void lengthIsCountedInCharactersAndBytes() {
        assertEquals("At least 12 characters", verdict("Short-pass1"));
        assertEquals(null, verdict("Tea-in-Sheki-at-noon"));
        assertEquals(null, verdict("ş".repeat(4) + "-Qarabağ-9"));
        assertTrue(verdict("Ş".repeat(37)).startsWith("At most 72 bytes"), "74 bytes");
        assertEquals(null, verdict("Sabah-" + "x".repeat(66)), "72 bytes exactly");
    }

    @Test
    void commonPasswordsAndTheirDisguisesAreRefused() {
        for (String weak : new String[] { "password1234", "Password123!", "qwertyqwerty", "123456789012", "abcdefghijkl",
                "aaaaaaaaaaaa", "2024sunshine!!", "iloveyou2025", "winniethepooh", "abababababab" }) {
            assertTrue(String.valueOf(verdict(weak)).startsWith("Too common"), weak + " -> " + verdict(weak));
        }
        // the suite's and the bench's own passwords stay acceptable
        for (String fine : new String[] { "test-password-1", "admin-test-password", "bench-admin-password-1", "admin-password-123",
                "two-instances-password-1", "a-long-password-1", "long-enough-password" }) {
            assertEquals(null, verdict(fine), fine);
        }
    }
}
