package org.dispatchregister.mail;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.dispatchregister.audit.AuditActor;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.EmailList;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.MailMsg;

/**
 * Puts messages in the outbox: one per chosen dispatch (a planned e-mail dispatch of the statement, not already
 * queued or sent), addressed to that body's own addresses only, the addressee line put into the body. Retry puts
 * a failed or uncertain one back.
 */
@ApplicationScoped
public class MailQueue {

    /** Where the addressee line goes in a body. */
    public static final String ADDRESSEE = "[addressee]";
    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 20000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A planned e-mail dispatch that can be sent: its body's addresses (or why it cannot). */
    public record Candidate(Long dispatchId, String recipientName, String acronym, String addressee, List<String> addresses,
            String invalidAddress) {
        public String addressText() {
            return String.join(", ", addresses);
        }

        public boolean sendable() {
            return !addresses.isEmpty() && invalidAddress == null;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /** The statement's planned e-mail dispatches that have no message yet, by body name. */
    public List<Candidate> candidates(Long statementId) {
        return em.createQuery("select d.id, r.name, r.acronym, r.addresseeLine, r.emails from Dispatch d join d.recipient r "
                + "where d.statement.id = :s and d.status = :planned and d.channel = :email "
                + "and not exists (select 1 from MailSend m where m.dispatch = d) order by r.sortName, d.id", Object[].class)
                .setParameter("s", statementId).setParameter("planned", DispatchStatus.PLANNED).setParameter("email", Channel.EMAIL)
                .getResultList().stream().map(MailQueue::candidate).toList();
    }

    private static Candidate candidate(Object[] r) {
        String emails = (String) r[4];
        List<String> addresses = EmailList.split(emails).stream().map(String::trim).toList();
        String invalid = addresses.stream().filter(a -> MimeBuilder.address(a) == null).findFirst().orElse(null);
        String addressee = r[3] == null || ((String) r[3]).isBlank() ? (String) r[1] : (String) r[3];
        return new Candidate((Long) r[0], (String) r[1], (String) r[2], addressee, addresses, invalid);
    }

    /** Queues one message per chosen sendable dispatch; nothing when the input is refused. Returns how many. */
    @Transactional
    public int queue(Long statementId, List<Long> dispatchIds, String subject, String body, MailMsg msg, FormErrors errors) {
        if (subject == null || subject.isBlank()) {
            errors.add("subject", msg.subject_required());
        } else if (MimeBuilder.hasLineBreak(subject)) {
            errors.add("subject", msg.subject_line_break());
        } else if (subject.length() > MAX_SUBJECT) {
            errors.add("subject", msg.at_most(MAX_SUBJECT));
        }
        if (body == null || body.isBlank()) {
            errors.add("body", msg.body_required());
        } else if (body.length() > MAX_BODY) {
            errors.add("body", msg.at_most(MAX_BODY));
        }
        Map<Long, Candidate> open = candidates(statementId).stream().filter(Candidate::sendable)
                .collect(Collectors.toMap(Candidate::dispatchId, Function.identity()));
        List<Long> chosen = dispatchIds == null ? List.of() : dispatchIds.stream().distinct().filter(open::containsKey).toList();
        if (chosen.isEmpty()) {
            errors.add("_form", msg.choose_dispatches());
        }
        if (errors.isPresent()) {
            return 0;
        }
        if (MimeBuilder.address(settings.from().orElse("")) == null) {
            errors.add("_form", msg.no_from_address());
            return 0;
        }
        String domain = outbox.from().getAddress().replaceAll(".*@", "");
        LocalDateTime now = LocalDateTime.now(clock);
        String user = AuditActor.current();
        for (Long id : chosen) {
            Candidate c = open.get(id);
            MailSend m = new MailSend();
            m.dispatch = em.getReference(Dispatch.class, id);
            m.state = MailState.QUEUED;
            m.subject = subject.trim();
            m.body = body.replace("\r\n", "\n").replace(ADDRESSEE, c.addressee());
            m.addresses = String.join(", ", c.addresses());
            m.messageId = messageId(id, domain);
            m.queuedAt = now;
            m.queuedBy = user;
            m.persist();
        }
        return chosen.size();
    }

    /** Puts a failed or uncertain message back in the outbox, to be sent with the same Message-ID. */
    @Transactional
    public MailSend retry(Long mailId) {
        MailSend m = NotFound.orThrow(MailSend.findById(mailId));
        if (m.state == MailState.FAILED || m.state == MailState.UNCERTAIN) {
            m.state = MailState.QUEUED;
            m.attempts = 0;
            m.nextAttemptAt = null;
            m.errorKind = null;
            m.errorText = null;
            if (m.emlKey != null && !java.nio.file.Files.exists(outbox.emlFile(m.emlKey))) {
                m.emlKey = null;
            }
        }
        return m;
    }

    static String messageId(Long dispatchId, String domain) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "<dr." + dispatchId + "." + HexFormat.of().formatHex(bytes) + "@" + domain + ">";
    }
}
