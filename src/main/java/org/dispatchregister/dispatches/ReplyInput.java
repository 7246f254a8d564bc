package org.dispatchregister.dispatches;

import java.time.LocalDate;

/** The checked contents of a reply, from the page form or the API. */
public record ReplyInput(LocalDate receivedOn, String theirReference, ReplyKind kind, String summary) {
}
