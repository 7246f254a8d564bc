package org.dispatchregister.mail;

/**
 * Why a message was not accepted. UNREACHABLE and DEFERRED (a 4xx answer) pass: the job tries again by itself.
 * BAD_ADDRESS and REFUSED (5xx answers) do not: the row fails at once and waits for Retry. INTERRUPTED means
 * the conversation broke off after the message was handed over, so it may have been accepted: never retried blindly.
 */
public enum SendFailure {
    UNREACHABLE(true), DEFERRED(true), BAD_ADDRESS(false), REFUSED(false), INTERRUPTED(false), NOT_BUILT(false), CANCELLED(false);

    public final boolean passing;

    SendFailure(boolean passing) {
        this.passing = passing;
    }
}
