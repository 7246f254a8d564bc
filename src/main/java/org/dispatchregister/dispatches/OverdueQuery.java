package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.RecipientSearch;
import org.dispatchregister.web.ListQuery;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.Sort;
import org.dispatchregister.web.SortOrders;

/**
 * Dispatches awaiting a reply past their due date ({@link ReplyRules#OVERDUE_JPQL}, "today" from the
 * injected clock), oldest first, with how many reminders went out and when the last one did.
 */
@ApplicationScoped
public class OverdueQuery {

    /** One overdue dispatch. */
    public record Row(Long dispatchId, Long statementId, String reference, String title, LocalDate issuedOn, Long recipientId,
            String recipientName, String acronym, String category, Channel channel, DispatchStatus status, LocalDate sentOn,
            LocalDate replyDueOn, long reminders, LocalDate lastReminderOn) {

        public long daysOverdue(LocalDate today) {
            return ChronoUnit.DAYS.between(replyDueOn, today);
        }
    }

    /** Filters: recipient name or acronym, category id, statement id, minimum days past due. */
    public record Filter(String recipient, Long category, Long statement, Integer minDays) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** Columns the list sorts by; longest overdue (earliest due) first by default. */
    public static final SortOrders SORTS = SortOrders.of("d.id", "due", false)
            .column("statement", "s.reference")
            .column("recipient", "r.sortName")
            .column("category", "c.sortOrder")
            .column("sent", "d.sentOn")
            .column("due", "d.replyDueOn")
            .column("reminders", "(select count(f) from Dispatch f where f.followUpOf = d and f.letterText is not null)");

    private static final String SELECT = "select d.id, s.id, s.reference, s.title, s.issuedOn, r.id, r.name, r.acronym, c.name, "
            + "d.channel, d.status, d.sentOn, d.replyDueOn, "
            + "(select count(f) from Dispatch f where f.followUpOf = d and f.letterText is not null), "
            + "(select max(f.sentOn) from Dispatch f where f.followUpOf = d and f.letterText is not null) "
            + "from Dispatch d join d.statement s join d.recipient r left join r.category c";

    private static final String COUNT = "select count(d) from Dispatch d join d.statement s join d.recipient r";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Row> page(Filter filter, Sort sort, int offset, int size) {
        return conditions(filter).rows(em, SELECT, Row.class, sort, offset, size);
    }

    public long count(Filter filter) {
        return conditions(filter).count(em, COUNT);
    }

    /** The statements that have an overdue dispatch, newest first: the statement filter's choices. */
    public List<Option> statementOptions() {
        return em.createQuery("select distinct s.id, s.reference, s.issuedOn from Dispatch d join d.statement s "
                + "where " + ReplyRules.OVERDUE_JPQL + " order by s.issuedOn desc", StatementChoice.class)
                .setParameter("today", today()).getResultList().stream().map(StatementChoice::option).toList();
    }

    private record StatementChoice(Long id, String reference, LocalDate issuedOn) {
        Option option() {
            return new Option(id.toString(), (reference == null ? "draft" : reference) + " · " + issuedOn);
        }
    }

    private ListQuery conditions(Filter f) {
        LocalDate today = today();
        ListQuery q = new ListQuery().where(ReplyRules.OVERDUE_JPQL).param("today", today);
        RecipientSearch.Condition recipient = RecipientSearch.of(f.recipient());
        if (!recipient.isEmpty()) {
            // the register's one search: "o.s.c.e" or an alias finds the body here as in every picker
            q.where(recipient.jpql()).params(recipient.filterParams());
        }
        return q.where("r.category.id = :category", "category", f.category())
                .where("s.id = :statement", "statement", f.statement())
                .where("d.replyDueOn <= :latestDue", "latestDue",
                        f.minDays() != null && f.minDays() > 0 ? today.minusDays(f.minDays()) : null);
    }
}
