package org.dispatchregister.reports;

import java.time.LocalDate;

/** A reply to a dispatch (or to one of its reminders), with the days it took from the original's sending. */
public record ReportReply(LocalDate receivedOn, String kind, String theirReference, Integer daysToReply, boolean answer) {
}
