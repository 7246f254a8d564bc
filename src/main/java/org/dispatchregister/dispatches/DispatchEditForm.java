package org.dispatchregister.dispatches;

import org.dispatchregister.web.Messages;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.FormDates;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The edit form of the dispatch page: status, channel, dates, reply expectation, note, version. */
public record DispatchEditForm(
        @RestForm String status,
        @RestForm String channel,
        @RestForm String sentOn,
        @RestForm String deliveredOn,
        @RestForm String acknowledgedOn,
        @RestForm String replyExpected,
        @RestForm String replyDueOn,
        @RestForm String note,
        @RestForm Long version) {

    public static DispatchEditForm of(Dispatch d) {
        return new DispatchEditForm(d.status.name(), d.channel.name(), text(d.sentOn), text(d.deliveredOn), text(d.acknowledgedOn),
                d.replyExpected ? "on" : null, text(d.replyDueOn), d.note, d.version);
    }

    public boolean isReplyExpected() {
        return replyExpected != null && !replyExpected.isEmpty() && !"false".equalsIgnoreCase(replyExpected);
    }

    public DispatchEdit toEdit(FormErrors errors) {
        DispatchStatus st = Enums.parse(DispatchStatus.class, status);
        if (st == null) {
            errors.add("status", Messages.notices().choose_status());
        }
        Channel ch = Enums.parse(Channel.class, channel);
        if (ch == null) {
            errors.add("channel", Messages.notices().choose_channel());
        }
        return new DispatchEdit(st, ch, FormDates.parse("sentOn", sentOn, errors), FormDates.parse("deliveredOn", deliveredOn, errors),
                FormDates.parse("acknowledgedOn", acknowledgedOn, errors), isReplyExpected(),
                FormDates.parse("replyDueOn", replyDueOn, errors), note, version);
    }

    public DispatchEditForm withVersion(long v) {
        return new DispatchEditForm(status, channel, sentOn, deliveredOn, acknowledgedOn, replyExpected, replyDueOn, note, v);
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }
}
