package org.dispatchregister.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.dispatchregister.recipients.CategoryCatalog;
import org.dispatchregister.statements.StatementQuery;
import org.hibernate.jpa.HibernateHints;

/**
 * The unanswered correspondence: every original dispatch that expects a reply, still awaits one
 * (sent, delivered or only acknowledged) and has no answer, with its age and reminders. One query
 * for the rows whatever their number, plus the two small lists for the filter form.
 */
@ApplicationScoped
public class UnansweredReportService {

    @Inject
    CategoryCatalog categories;

    @Inject
    StatementQuery statementQuery;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Parses and checks the filter: malformed dates and unknown codes are refused with a message. */
    @Transactional
    public UnansweredReport.Filter filter(String from, String to, String category, String kind) {
        String back = "/reports/unanswered";
        ReportPeriod period = ReportPeriod.parseOpen(from, to, back);
        if (category != null && !category.isBlank() && count("Category", category.trim()) == 0) {
            throw new ReportInputException("There is no recipient category with the code \"" + shorten(category)
                    + "\". Choose one from the list.", back);
        }
        if (kind != null && !kind.isBlank() && count("StatementKind", kind.trim()) == 0) {
            throw new ReportInputException("There is no kind of statement with the code \"" + shorten(kind)
                    + "\". Choose one from the list.", back);
        }
        return new UnansweredReport.Filter(from, to, category, kind, period);
    }

    @Transactional
    public UnansweredReport report(UnansweredReport.Filter filter) {
        LocalDate today = LocalDate.now(clock);
        List<UnansweredRow> rows = query(filter).getResultStream().map(r -> r.on(today)).toList();
        long overdue = rows.stream().filter(UnansweredRow::overdue).count();
        return new UnansweredReport(filter, today, UnansweredReport.group(rows), rows.size(), overdue, categories.options(), statementQuery.allKindOptions());
    }

    /** Rows one by one from a scrolling query, for exports. Call inside a transaction. */
    public void stream(UnansweredReport.Filter filter, Consumer<UnansweredRow> sink) {
        LocalDate today = LocalDate.now(clock);
        try (Stream<UnansweredRow> rows = query(filter).setHint(HibernateHints.HINT_FETCH_SIZE, 200).getResultStream()) {
            rows.forEach(r -> sink.accept(r.on(today)));
        }
    }

    private TypedQuery<UnansweredRow> query(UnansweredReport.Filter f) {
        StringBuilder jpql = new StringBuilder(UnansweredRow.SELECT);
        if (f.period().from() != null) {
            jpql.append(" and d.sentOn >= :from");
        }
        if (f.period().to() != null) {
            jpql.append(" and d.sentOn <= :to");
        }
        boolean byCategory = f.category() != null && !f.category().isBlank();
        boolean byKind = f.kind() != null && !f.kind().isBlank();
        if (byCategory) {
            jpql.append(" and c.code = :category");
        }
        if (byKind) {
            jpql.append(" and k.code = :kind");
        }
        jpql.append(" order by r.sortName, r.name, r.id, d.sentOn, d.id");
        TypedQuery<UnansweredRow> query = em.createQuery(jpql.toString(), UnansweredRow.class)
                .setParameter("awaiting", ReportRules.AWAITING)
                .setParameter("answerKinds", ReportRules.ANSWER_KINDS).setParameter("notSent", ReportRules.NOT_SENT);
        if (f.period().from() != null) {
            query.setParameter("from", f.period().from());
        }
        if (f.period().to() != null) {
            query.setParameter("to", f.period().to());
        }
        if (byCategory) {
            query.setParameter("category", f.category().trim());
        }
        if (byKind) {
            query.setParameter("kind", f.kind().trim());
        }
        return query;
    }

    private long count(String entity, String code) {
        return em.createQuery("select count(x) from " + entity + " x where x.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    private static String shorten(String text) {
        String t = text.trim();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
