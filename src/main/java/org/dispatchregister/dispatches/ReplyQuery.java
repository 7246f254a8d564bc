package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.common.NotFound;
import org.dispatchregister.web.ListQuery;
import org.dispatchregister.web.Sort;
import org.dispatchregister.web.SortOrders;

/** The replies list: one projection query per page and one count. */
@ApplicationScoped
public class ReplyQuery {

    /** One reply; dispatchId is null for a letter not linked yet. */
    public record Row(Long id, LocalDate receivedOn, ReplyKind kind, String theirReference, String summary, Long dispatchId,
            Long recipientId, String recipientName, Long statementId, String reference, String title) {

        public String path() {
            return "/replies/" + id;
        }
    }

    /** Filters: free text (recipient, references, summary), kind, unlinked only. */
    public record Filter(String q, ReplyKind kind, boolean unlinked) {
    }

    /** Columns the list sorts by; newest received first by default. */
    public static final SortOrders SORTS = SortOrders.of("r.id", "received", true)
            .column("received", "r.receivedOn")
            .column("from", "rc.sortName")
            .column("kind", "r.kind")
            .column("theirs", "r.theirReference")
            .column("answers", "s.reference");

    /** The columns of {@link Row}; the where clause follows. */
    static final String SELECT = "select r.id, r.receivedOn, r.kind, r.theirReference, r.summary, r.dispatch.id, rc.id, rc.name, "
            + "s.id, s.reference, s.title from Reply r left join r.recipient rc left join r.statement s";

    private static final String COUNT = "select count(r) from Reply r left join r.recipient rc left join r.statement s";

    @Inject
    EntityManager em;

    public List<Row> page(Filter filter, Sort sort, int offset, int size) {
        return conditions(filter).rows(em, SELECT, Row.class, sort, offset, size);
    }

    public long count(Filter filter) {
        return conditions(filter).count(em, COUNT);
    }

    /** One reply with its sender and statement, as the list shows it. */
    public Row row(Long id) {
        return NotFound.orThrow(em.createQuery(SELECT + " where r.id = :id", Row.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null));
    }

    /** Replies whose reference (theirs) contains the typed text, newest first: the header search. */
    public List<Row> byTheirReference(String q, int limit) {
        return new ListQuery().whereContains("lower(r.theirReference) like :q escape '\\'", "q", q)
                .rows(em, SELECT, Row.class, SORTS.byDefault(), 0, limit);
    }

    private static ListQuery conditions(Filter f) {
        return new ListQuery()
                .whereContains("(lower(rc.name) like :q escape '\\' or lower(rc.acronym) like :q escape '\\'"
                        + " or lower(s.reference) like :q escape '\\' or lower(r.theirReference) like :q escape '\\'"
                        + " or lower(r.summary) like :q escape '\\')", "q", f.q())
                .where("r.kind = :kind", "kind", f.kind())
                .where(f.unlinked(), "r.dispatch is null");
    }
}
