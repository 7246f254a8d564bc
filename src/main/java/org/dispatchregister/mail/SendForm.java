package org.dispatchregister.mail;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

/** "Send by e-mail": the chosen dispatches, the subject and the body (with {@link MailQueue#ADDRESSEE} for each body's line). */
public record SendForm(@RestForm List<Long> ids, @RestForm String subject, @RestForm String body) {

    public boolean chosen(Long id) {
        return ids != null && ids.contains(id);
    }
}
