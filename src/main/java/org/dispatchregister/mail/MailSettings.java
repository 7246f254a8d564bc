package org.dispatchregister.mail;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The mail settings, under "register.mail."; everything is off until an operator sets a server. */
@ConfigMapping(prefix = "register.mail")
public interface MailSettings {

    /** Sending from the register: false (the default) hides "Send by e-mail" and the outbox job sends nothing. */
    @WithDefault("false")
    boolean enabled();

    /** The From address of every message, e.g. "Office of the Ombudsman <office@ombudsman.example>". */
    Optional<String> from();

    /** The outgoing (SMTP) server. */
    Smtp smtp();

    /** The outbox job. */
    Outbox outbox();

    interface Smtp {
        /** Host name of the SMTP server. */
        @WithDefault("localhost")
        String host();

        /** 587 for STARTTLS (submission), 465 for TLS from the start, 25 for a relay in the office network. */
        @WithDefault("587")
        int port();

        /** STARTTLS (upgrade, required), TLS (from the first byte) or NONE (plain, only inside a trusted network). */
        @WithDefault("STARTTLS")
        Security security();

        /** User name for authentication; unset: no authentication. */
        Optional<String> username();

        /** Password (from the environment: REGISTER_MAIL_SMTP_PASSWORD). */
        Optional<String> password();

        /** Connecting, and each read or write of the conversation, give up after this long. */
        @WithDefault("PT30S")
        Duration timeout();
    }

    interface Outbox {
        /** How often the job looks for queued messages (a Quarkus scheduler period: 15s, 1m). */
        @WithDefault("15s")
        String every();

        /** How many messages one run of the job sends at most. */
        @WithDefault("20")
        int batch();

        /** A server that cannot be reached, or answers "try later" (4xx): tried again this many times before failing. */
        @WithDefault("6")
        int maxAttempts();

        /** The wait before the first new try; it doubles with each further one. */
        @WithDefault("PT1M")
        Duration retryAfter();

        /**
         * A message claimed for sending but not recorded as accepted or refused after this long (the app stopped
         * while sending it) is not sent again by itself: it waits, marked uncertain, for a person to decide.
         */
        @WithDefault("PT10M")
        Duration claimTimeout();
    }

    enum Security {
        STARTTLS, TLS, NONE
    }
}
