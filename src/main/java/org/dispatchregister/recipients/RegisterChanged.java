package org.dispatchregister.recipients;

/**
 * CDI event: a recipient or alias was created, edited, merged or archived. Fire it (after the
 * change is committed, or with {@code @Observes(during = AFTER_SUCCESS)} semantics) so the next
 * match sees the change without waiting for the matcher's periodic check.
 */
public record RegisterChanged(String reason) {
}
