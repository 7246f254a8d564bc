package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.recipients.Channel;
import org.dispatchregister.web.EnumLabels;
import org.dispatchregister.web.ListQuery;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.Options;
import org.dispatchregister.web.Sort;
import org.dispatchregister.web.SortOrders;

/** The dispatches list: one projection query per page plus one count, with the overdue rule of {@link ReplyRules}. */
@ApplicationScoped
public class DispatchQuery {

    /** One row of the dispatches list (also the API's list item). */
    public record Row(Long id, Long statementId, String reference, String title, Long recipientId, String recipientName,
            String acronym, String viaList, Channel channel, DispatchStatus status, LocalDate sentOn, LocalDate deliveredOn,
            boolean replyExpected, LocalDate replyDueOn, boolean reminder, long version) {

        public boolean overdue(LocalDate today) {
            return ReplyRules.isOverdue(replyExpected, status, replyDueOn, today);
        }
    }

    /** Filters: statement and recipient ids (from links), free text on either, status, overdue only. */
    public record Filter(Long statement, Long recipient, String q, DispatchStatus status, boolean overdue, LocalDate today) {
    }

    /** Columns the list sorts by; newest sent first by default (not yet sent on top). */
    public static final SortOrders SORTS = SortOrders.of("d.id", "sent", true)
            .column("statement", "s.reference")
            .column("recipient", "r.sortName")
            .column("list", "l.name")
            .column("channel", "d.channel")
            .column("sent", "d.sentOn")
            .column("delivered", "d.deliveredOn")
            .column("status", "d.status")
            .column("due", "d.replyDueOn");

    private static final String SELECT = "select d.id, s.id, s.reference, s.title, r.id, r.name, r.acronym, l.name, d.channel, "
            + "d.status, d.sentOn, d.deliveredOn, d.replyExpected, d.replyDueOn, "
            + "case when d.followUpOf is null then false else true end, d.version "
            + "from Dispatch d join d.statement s join d.recipient r left join d.viaList l";

    private static final String COUNT = "select count(d) from Dispatch d join d.statement s join d.recipient r";

    @Inject
    EntityManager em;

    public List<Row> page(Filter filter, Sort sort, int offset, int size) {
        return conditions(filter).rows(em, SELECT, Row.class, sort, offset, size);
    }

    public long count(Filter filter) {
        return conditions(filter).count(em, COUNT);
    }

    /** Statuses as the choices of a select (the status filter, the allowed next steps of a dispatch). */
    public static List<Option> statusOptions(Collection<DispatchStatus> statuses) {
        return Options.of(statuses, EnumLabels::shown);
    }

    private static ListQuery conditions(Filter f) {
        ListQuery q = new ListQuery()
                .where("s.id = :statement", "statement", f.statement())
                .where("r.id = :recipient", "recipient", f.recipient())
                .whereContains("(lower(s.reference) like :q escape '\\' or lower(s.title) like :q escape '\\'"
                        + " or lower(r.name) like :q escape '\\' or lower(r.acronym) like :q escape '\\')", "q", f.q())
                .where("d.status = :status", "status", f.status());
        return f.overdue() ? q.where(ReplyRules.OVERDUE_JPQL).param("today", f.today()) : q;
    }
}
