package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dispatchregister.recipients.Channel;

/**
 * What to dispatch, from the form or the API: lists and individual recipients, the recipients who
 * already received the statement and are to get it again as a follow-up, members of the lists to leave out,
 * and the common details.
 */
public record DispatchRequest(List<Long> listIds, List<Long> recipientIds, Set<Long> followUpRecipientIds,
        Set<Long> excludedRecipientIds, Channel channel, LocalDate sentOn, boolean replyExpected, LocalDate replyDueOn,
        String note) {

    public DispatchRequest(List<Long> listIds, List<Long> recipientIds, Set<Long> followUpRecipientIds, Channel channel,
            LocalDate sentOn, boolean replyExpected, LocalDate replyDueOn, String note) {
        this(listIds, recipientIds, followUpRecipientIds, Set.of(), channel, sentOn, replyExpected, replyDueOn, note);
    }

    public DispatchRequest {
        listIds = listIds == null ? List.of() : listIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        recipientIds = recipientIds == null ? List.of() : recipientIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        followUpRecipientIds = followUpRecipientIds == null ? Set.of() : Set.copyOf(followUpRecipientIds);
        excludedRecipientIds = excludedRecipientIds == null ? Set.of() : Set.copyOf(excludedRecipientIds);
    }
}
