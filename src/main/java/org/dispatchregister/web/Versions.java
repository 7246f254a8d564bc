package org.dispatchregister.web;

import jakarta.persistence.OptimisticLockException;

/**
 * The one check of an edit against the record it was based on, for every form and API call that changes a record:
 * an edit that does not say which version it saw is refused (400 naming "version": it cannot prove it saw the latest
 * data), one based on an older version is a conflict (409), never a silent overwrite.
 */
public final class Versions {

    private Versions() {
    }

    public static void check(Long sent, long saved) {
        if (sent == null) {
            throw new ApiValidationException(new FormErrors().add("version",
                    "Send the version you read (the record's \"version\"), so that a change made meanwhile by someone else is detected"));
        }
        if (sent != saved) {
            throw new OptimisticLockException("stale version " + sent + ", saved " + saved);
        }
    }
}
