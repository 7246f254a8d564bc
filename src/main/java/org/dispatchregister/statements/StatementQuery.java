package org.dispatchregister.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dispatchregister.web.EnumLabels;
import org.dispatchregister.web.ListQuery;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.Options;
import org.dispatchregister.web.Sort;
import org.dispatchregister.web.SortOrders;

/**
 * The statements list: one projection query for the page of rows, one for their dispatch counts (asked of
 * the dispatches feature) and one count, whatever the filters.
 */
@ApplicationScoped
public class StatementQuery {

    /** One row of the statements list. */
    public record Row(Long id, String reference, String title, String kindName, LocalDate issuedOn, StatementStatus status,
            String topics, long dispatches) {
    }

    /** The list filters, as typed in the filter bar. */
    public record Filter(String q, String kind, Integer year, StatementStatus status, String topic) {
    }

    /** A row before its dispatch count is known. */
    record Listed(Long id, String reference, String title, String kindName, LocalDate issuedOn, StatementStatus status,
            String topics) {
    }

    /**
     * Columns the list sorts by; newest first by default (drafts without a date on top). The dispatch
     * count is not one: it belongs to the dispatches feature and is asked for after the page is chosen.
     */
    public static final SortOrders SORTS = SortOrders.of("s.id", "issued", true)
            .column("reference", "s.reference")
            .column("title", "s.title")
            .column("kind", "k.name")
            .column("issued", "s.issuedOn")
            .column("status", "s.status");

    private static final String SELECT = "select s.id, s.reference, s.title, k.name, s.issuedOn, s.status, s.topics "
            + "from Statement s join s.kind k";

    private static final String COUNT = "select count(s) from Statement s join s.kind k";

    @Inject
    EntityManager em;

    @Inject
    DispatchCounts dispatchCounts;

    public List<Row> page(Filter filter, Sort sort, int offset, int size) {
        List<Listed> listed = conditions(filter).rows(em, SELECT, Listed.class, sort, offset, size);
        Map<Long, Long> counts = dispatchCounts.originalDispatches(listed.stream().map(Listed::id).toList());
        return listed.stream().map(l -> new Row(l.id(), l.reference(), l.title(), l.kindName(), l.issuedOn(), l.status(),
                l.topics(), counts.getOrDefault(l.id(), 0L))).toList();
    }

    public long count(Filter filter) {
        return conditions(filter).count(em, COUNT);
    }

    /** The kinds a statement can be given (active ones), by their order: the kind selects of forms and filters. */
    public List<Option> kindOptions() {
        return kindOptions("where k.active = true ");
    }

    /** Every kind, retired ones too: report filters look at the past. */
    public List<Option> allKindOptions() {
        return kindOptions("");
    }

    private List<Option> kindOptions(String where) {
        return em.createQuery("select k.code, k.name from StatementKind k " + where + "order by k.sortOrder, k.name", Option.class)
                .getResultList();
    }

    public static List<Option> statusOptions() {
        return Options.of(StatementStatus.values(), EnumLabels::shown);
    }

    /** Years that have statements, newest first, for the year filter. */
    public List<Integer> years() {
        return em.createQuery("select distinct year(s.issuedOn) from Statement s where s.issuedOn is not null "
                + "order by 1 desc", Integer.class).getResultList();
    }

    private static ListQuery conditions(Filter f) {
        return new ListQuery()
                .whereContains("(lower(s.title) like :q escape '\\' or lower(s.reference) like :q escape '\\'"
                        + " or lower(s.summary) like :q escape '\\')", "q", f.q())
                .where("k.code = :kind", "kind", f.kind())
                .where(f.year() != null, "s.issuedOn >= :from and s.issuedOn < :to")
                .params(f.year() == null ? Map.of() : Map.of("from", LocalDate.of(f.year(), 1, 1), "to", LocalDate.of(f.year() + 1, 1, 1)))
                .where("s.status = :status", "status", f.status())
                .whereContains("lower(s.topics) like :topic escape '\\'", "topic", f.topic());
    }
}
