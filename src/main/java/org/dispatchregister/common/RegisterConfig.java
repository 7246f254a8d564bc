package org.dispatchregister.common;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every application setting of Dispatch Register, under the "register." prefix. */
@ConfigMapping(prefix = "register")
public interface RegisterConfig {

    /** Institution named on pages and printed reports. */
    Institution institution();

    /** The first admin account, created only when no user exists. */
    Admin admin();

    /** Sign-in lockout policy. */
    Login login();

    /** The distribution matcher (reading "The statement was sent to …" paragraphs). */
    Matching matching();

    /** What is loaded on first start: the standard register and the demo statements. */
    Seed seed();

    /** Folder for attachments and backups; relative paths resolve against the working directory. */
    @WithDefault("./data")
    String dataDir();

    /** Files attached to statements and replies. */
    Attachments attachments();

    /** Reference numbers of issued statements. */
    Reference reference();

    interface Attachments {
        /** Largest accepted file in bytes (default 20 MB); keep quarkus.http.limits.max-body-size above it. */
        @WithDefault("20971520")
        long maxBytes();
    }

    interface Reference {
        /**
         * Pattern of generated references: {seq:N} the per-year sequence zero-padded to N digits,
         * {yy} / {yyyy} the year of issue; any other text is kept as is.
         */
        @WithDefault("{seq:4}/{yy}")
        String pattern();
    }

    interface Institution {
        /** Full name of the institution, printed on every page header and report. */
        @WithDefault("Office of the Ombudsman")
        String name();

        /** Short header line under the name (for example the office or department). */
        @WithDefault("Dispatch Register")
        String header();
    }

    interface Admin {
        /** Password for the first "admin" account; if empty a random one is generated and printed once. */
        Optional<String> password();
    }

    interface Login {
        /** Failed sign-ins within the window that lock an account. */
        @WithDefault("5")
        int maxFailures();

        /** Window in which failures are counted, and how long the lock lasts. */
        @WithDefault("PT15M")
        Duration lockoutWindow();
    }

    interface Matching {
        /** Lowest score (0 to 1) at which a body is proposed for a phrase; higher means fewer, surer proposals. */
        @WithDefault("0.8")
        double minScore();

        /**
         * How often, at most, the matcher asks the database whether the register changed (edits made by
         * another instance or a script); edits made through this instance are seen at once.
         */
        @WithDefault("PT5S")
        Duration registerCheckInterval();
    }

    interface Seed {
        /**
         * Load the standard register (seed/recipients.csv: UN organs, ombudsman associations,
         * collective addressees...) and the "Standard international distribution" list on a start
         * that finds the recipient table empty. False: start with an empty register.
         */
        @WithDefault("true")
        boolean register();

        /**
         * Enter the three sample statements of shared/seeds (with their dispatches and a few replies)
         * when no statement exists yet; needs the seeded register.
         */
        @WithDefault("true")
        boolean demo();
    }
}
