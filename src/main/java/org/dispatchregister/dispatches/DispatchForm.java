package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.dispatchregister.web.Messages;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.FormDates;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The dispatch form, read from the query (Search, Preview) and from the confirm POST alike: chosen lists and
 * recipients, the recipients ticked "as follow-up", channel, date sent, reply expected and due date, note.
 */
public record DispatchForm(
        @RestForm List<Long> listIds,
        @RestForm List<Long> recipientIds,
        @RestForm List<Long> followUp,
        @RestForm String channel,
        @RestForm String sentOn,
        @RestForm String replyExpected,
        @RestForm String replyDueOn,
        @RestForm String note) {

    public DispatchForm {
        listIds = listIds == null ? List.of() : listIds;
        recipientIds = recipientIds == null ? List.of() : recipientIds;
        followUp = followUp == null ? List.of() : followUp;
    }

    public boolean isReplyExpected() {
        return replyExpected != null && !replyExpected.isEmpty() && !"false".equalsIgnoreCase(replyExpected);
    }

    /** Reads the form into a request; date and channel problems are recorded in {@code errors}. */
    public DispatchRequest toRequest(FormErrors errors) {
        Channel ch = Enums.parse(Channel.class, channel);
        if (ch == null) {
            errors.add("channel", Messages.notices().choose_channel());
        }
        LocalDate sent = FormDates.parse("sentOn", sentOn, errors);
        LocalDate due = FormDates.parse("replyDueOn", replyDueOn, errors);
        return new DispatchRequest(listIds, recipientIds, new HashSet<>(followUp), ch, sent, isReplyExpected(), due, note);
    }
}
