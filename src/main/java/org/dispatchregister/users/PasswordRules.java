package org.dispatchregister.users;

import io.quarkus.qute.TemplateData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.dispatchregister.web.Messages;
import org.dispatchregister.web.FormErrors;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * What makes a password acceptable; one place so every form says the same. At least 12 characters;
 * at most 72 bytes, because bcrypt ignores everything after the 72nd byte (longer passwords are
 * refused, not silently cut or pre-hashed: what you type is exactly what protects the account);
 * and not a common password, nor one merely dressed up with digits, symbols or repetition.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** bcrypt's limit: bytes past it would not count. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    public static void check(String field, String password, FormErrors errors) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.add(field, Messages.notices().at_least_chars(Messages.number(MIN_LENGTH)));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add(field, Messages.notices().password_too_long(MAX_BYTES));
        } else if (password.isBlank()) {
            errors.add(field, Messages.notices().not_only_spaces());
        } else if (isCommon(password)) {
            errors.add(field, Messages.notices().password_common());
        }
    }

    /** bcrypt check that never lets a longer password match by its first 72 bytes. */
    public static boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            // still spend the same time, so the refusal tells nothing
            BcryptUtil.matches("", hash);
            return false;
        }
        return BcryptUtil.matches(password, hash);
    }

    static boolean isCommon(String password) {
        String p = password.toLowerCase(Locale.ROOT).trim();
        if (COMMON.contains(p) || p.chars().distinct().count() <= 2 || isSequence(p)) {
            return true;
        }
        // a common word with digits or symbols around it: "password1234!", "2024qwerty"
        String core = p.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (core.length() < 3) {
            return true;
        }
        if (COMMON.contains(core) || COMMON.contains(core.replaceAll("[^\\p{L}]", ""))) {
            return true;
        }
        // a common word repeated: "qwertyqwerty", "abc123abc123"
        for (int unit = 1; unit <= p.length() / 2; unit++) {
            if (p.length() % unit == 0 && p.equals(p.substring(0, unit).repeat(p.length() / unit))) {
                return true;
            }
        }
        return false;
    }

    /** "123456789012", "abcdefghijkl", "qwertyuiopas": one run along digits, the alphabet or a keyboard row. */
    private static boolean isSequence(String p) {
        for (String run : new String[] { "01234567890123456789", "98765432109876543210", "abcdefghijklmnopqrstuvwxyz",
                "zyxwvutsrqponmlkjihgfedcba", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn" }) {
            if (run.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("/users/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("users/common-passwords.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
