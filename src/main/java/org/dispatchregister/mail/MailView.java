package org.dispatchregister.mail;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;

import org.dispatchregister.web.MailMsg;
import org.dispatchregister.web.Messages;

/**
 * What the statement page (progress of its e-mails) and the dispatch page (proof of what was sent) show of the
 * outbox. Those pages belong to lower features, so their tags ask this bean as {@code inject:mail}.
 */
@ApplicationScoped
@Named("mail")
public class MailView {

    /** One message as listed: where it stands and, when it did not go, why (in the reader's language). */
    public record Line(Long id, Long dispatchId, String recipientName, MailState state, String stateText, String reason, int attempts,
            LocalDateTime nextAttemptAt) {
        public String nextTime() {
            return nextAttemptAt == null ? "" : nextAttemptAt.toLocalTime().withNano(0).toString();
        }

        public boolean retryable() {
            return state == MailState.FAILED || state == MailState.UNCERTAIN;
        }
    }

    /** A statement's e-mails: counts by state, the ones needing attention, and how many dispatches could still be sent. */
    public record Progress(Map<MailState, Long> counts, long total, List<Line> attention, long sendable, boolean enabled) {
        public long count(String state) {
            return counts.getOrDefault(MailState.valueOf(state), 0L);
        }

        public long waiting() {
            return count("QUEUED") + count("SENDING");
        }

        public boolean running() {
            return waiting() > 0;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    MailQueue queue;

    public Progress progress(Long statementId) {
        Map<MailState, Long> counts = new EnumMap<>(MailState.class);
        em.createQuery("select m.state, count(m) from MailSend m where m.dispatch.statement.id = :s group by m.state", Object[].class)
                .setParameter("s", statementId).getResultList().forEach(r -> counts.put((MailState) r[0], (Long) r[1]));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Line> attention = total == 0 ? List.of()
                : lines("m.dispatch.statement.id = :id and (m.state in :bad or (m.state = :queued and m.errorKind is not null))", statementId);
        long sendable = settings.enabled() ? queue.candidates(statementId).stream().filter(MailQueue.Candidate::sendable).count() : 0;
        return new Progress(counts, total, attention, sendable, settings.enabled());
    }

    /** The messages of one dispatch, latest first, with their proof. */
    public List<MailSend> proofs(Long dispatchId) {
        return em.createQuery("select m from MailSend m where m.dispatch.id = :id order by m.id desc", MailSend.class)
                .setParameter("id", dispatchId).getResultList();
    }

    public String stateText(MailState state) {
        MailMsg msg = Messages.mail();
        return switch (state) {
            case QUEUED -> msg.state_queued();
            case SENDING -> msg.state_sending();
            case SENT -> msg.state_sent();
            case FAILED -> msg.state_failed();
            case UNCERTAIN -> msg.state_uncertain();
        };
    }

    public String reason(SendFailure failure, String detail) {
        if (failure == null) {
            return "";
        }
        MailMsg msg = Messages.mail();
        String why = switch (failure) {
            case UNREACHABLE -> msg.fail_unreachable();
            case DEFERRED -> msg.fail_deferred();
            case BAD_ADDRESS -> msg.fail_bad_address();
            case REFUSED -> msg.fail_refused();
            case INTERRUPTED -> msg.fail_interrupted();
            case NOT_BUILT -> msg.fail_not_built();
            case CANCELLED -> msg.fail_cancelled();
        };
        return detail == null || detail.isBlank() ? why : why + " (" + detail + ")";
    }

    private List<Line> lines(String where, Long id) {
        return em.createQuery("select m.id, d.id, r.name, m.state, m.errorKind, m.errorText, m.attempts, m.nextAttemptAt "
                + "from MailSend m join m.dispatch d join d.recipient r where " + where + " order by r.sortName, m.id", Object[].class)
                .setParameter("id", id).setParameter("bad", List.of(MailState.FAILED, MailState.UNCERTAIN))
                .setParameter("queued", MailState.QUEUED).getResultList().stream()
                .map(r -> new Line((Long) r[0], (Long) r[1], (String) r[2], (MailState) r[3], stateText((MailState) r[3]),
                        reason((SendFailure) r[4], (String) r[5]), (Integer) r[6], (LocalDateTime) r[7]))
                .toList();
    }
}
