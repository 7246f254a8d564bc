package org.dispatchregister.dispatches;

import java.time.LocalDate;

import org.dispatchregister.recipients.Channel;

/** A validated edit of one dispatch's status, channel and dates (from the page form or the API). */
public record DispatchEdit(DispatchStatus status, Channel channel, LocalDate sentOn, LocalDate deliveredOn,
        LocalDate acknowledgedOn, boolean replyExpected, LocalDate replyDueOn, String note, Long version) {
}
