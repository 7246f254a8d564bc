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
import org.dispatchregister.web.QueryString;
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

    /** Filters: statement, recipient and list ids, free text on statement or recipient, status, overdue only. */
    public record Filter(Long statement, Long recipient, Long list, String q, DispatchStatus status, boolean overdue,
            LocalDate today) {

        /** The statement filter as the value of its select. */
        public String statementValue() {
            return statement == null ? null : statement.toString();
        }

        /** The list filter as the value of its select. */
        public String listValue() {
            return list == null ? null : list.toString();
        }

        /** The filter as a query string (no sort, no page): the list's links and the bulk bar's "all matching". */
        public QueryString query() {
            return new QueryString().add("statement", statement).add("recipient", recipient).add("list", list).add("q", q)
                    .add("status", status).add("overdue", overdue ? "on" : null);
        }
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

    private static final String IDS = "select d.id from Dispatch d join d.statement s join d.recipient r";

    @Inject
    EntityManager em;

    public List<Row> page(Filter filter, Sort sort, int offset, int size) {
        return conditions(filter).rows(em, SELECT, Row.class, sort, offset, size);
    }

    public long count(Filter filter) {
        return conditions(filter).count(em, COUNT);
    }

    /** The ids of every dispatch the filter matches, at most {@code limit}: "all matching the filter" of the bulk bar. */
    public List<Long> ids(Filter filter, int limit) {
        return conditions(filter).rows(em, IDS, Long.class, SORTS.byDefault(), 0, limit);
    }

    /** The statements that have dispatches, newest first, as "reference · title" choices of the statement filter. */
    public List<Option> statementOptions() {
        List<Object[]> rows = em.createQuery("select s.id, s.reference, s.title from Statement s where exists "
                + "(select d.id from Dispatch d where d.statement = s) order by s.issuedOn desc nulls first, s.id desc", Object[].class)
                .getResultList();
        return rows.stream().map(r -> new Option(r[0].toString(), shorten((r[1] == null ? "" : r[1] + " · ") + r[2], 70))).toList();
    }

    /** The distribution lists dispatches went through, by name: the list filter. */
    public List<Option> listOptions() {
        return em.createQuery("select str(l.id), l.name from DistributionList l where exists "
                + "(select d.id from Dispatch d where d.viaList = l) order by l.name", Option.class).getResultList();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Statuses as the choices of a select (the status filter, the allowed next steps of a dispatch). */
    public static List<Option> statusOptions(Collection<DispatchStatus> statuses) {
        return Options.of(statuses, EnumLabels::shown);
    }

    private static ListQuery conditions(Filter f) {
        ListQuery q = new ListQuery()
                .where("s.id = :statement", "statement", f.statement())
                .where("r.id = :recipient", "recipient", f.recipient())
                .where("d.viaList.id = :list", "list", f.list())
                .whereContains("(lower(s.reference) like :q escape '\\' or lower(s.title) like :q escape '\\'"
                        + " or lower(r.name) like :q escape '\\' or lower(r.acronym) like :q escape '\\')", "q", f.q())
                .where("d.status = :status", "status", f.status());
        return f.overdue() ? q.where(ReplyRules.OVERDUE_JPQL).param("today", f.today()) : q;
    }
}
