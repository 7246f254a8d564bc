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

import org.dispatchregister.dispatches.ReplyRules;
import org.dispatchregister.recipients.CategoryCatalog;
import org.dispatchregister.statements.StatementQuery;
import org.dispatchregister.web.PageInfo;
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

    /** Every body and every row: the PDF, which keeps all of them. */
    @Transactional
    public UnansweredReport report(UnansweredReport.Filter filter) {
        return report(filter, 1, Integer.MAX_VALUE);
    }

    /**
     * One page of bodies (groups) for the screen: the totals and the number of bodies come from one
     * grouped query over all the rows, the rows themselves only for the bodies on the page, so a page
     * costs the same whether ten or ten thousand bodies await a reply.
     */
    @Transactional
    public UnansweredReport report(UnansweredReport.Filter filter, int page, int bodiesPerPage) {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> perBody = bodies(filter, today);
        long total = 0;
        long overdue = 0;
        for (Object[] body : perBody) {
            total += ((Number) body[1]).longValue();
            overdue += ((Number) body[2]).longValue();
        }
        int shown = PageInfo.within(page, perBody.size(), bodiesPerPage);
        int first = (int) Math.min(perBody.size(), (long) (shown - 1) * bodiesPerPage);
        List<Long> onPage = perBody.subList(first, (int) Math.min(perBody.size(), (long) first + bodiesPerPage)).stream()
                .map(body -> (Long) body[0]).toList();
        List<UnansweredRow> rows = onPage.isEmpty() ? List.of()
                : query(filter, onPage).getResultStream().map(r -> r.on(today)).toList();
        return new UnansweredReport(filter, today, UnansweredReport.group(rows), total, overdue, perBody.size(),
                shown, categories.options(), statementQuery.allKindOptions());
    }

    /** Rows one by one from a scrolling query, for exports. Call inside a transaction. */
    public void stream(UnansweredReport.Filter filter, Consumer<UnansweredRow> sink) {
        LocalDate today = LocalDate.now(clock);
        try (Stream<UnansweredRow> rows = query(filter, null).setHint(HibernateHints.HINT_FETCH_SIZE, 200).getResultStream()) {
            rows.forEach(r -> sink.accept(r.on(today)));
        }
    }

    /** Per body, in the report's order: its id, its unanswered dispatches and how many of them are overdue. */
    private List<Object[]> bodies(UnansweredReport.Filter f, LocalDate today) {
        StringBuilder jpql = new StringBuilder("select r.id, count(d.id), sum(case when " + ReplyRules.OVERDUE_JPQL
                + " then 1 else 0 end) " + UnansweredRow.FROM_WHERE);
        conditions(f, jpql);
        jpql.append(" group by r.id, r.sortName, r.name order by r.sortName, r.name, r.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("today", today);
        return parameters(f, query).getResultList();
    }

    /** The rows, of every body or only of {@code recipientIds}, in the report's order. */
    private TypedQuery<UnansweredRow> query(UnansweredReport.Filter f, List<Long> recipientIds) {
        StringBuilder jpql = new StringBuilder(UnansweredRow.SELECT);
        conditions(f, jpql);
        if (recipientIds != null) {
            jpql.append(" and r.id in (:recipients)");
        }
        jpql.append(" order by r.sortName, r.name, r.id, d.sentOn, d.id");
        TypedQuery<UnansweredRow> query = parameters(f, em.createQuery(jpql.toString(), UnansweredRow.class))
                .setParameter("notSent", ReportRules.NOT_SENT);
        if (recipientIds != null) {
            query.setParameter("recipients", recipientIds);
        }
        return query;
    }

    /** The filter's conditions: fixed fragments (so the query strings form a small set), values as parameters. */
    private static void conditions(UnansweredReport.Filter f, StringBuilder jpql) {
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
    }

    private static <Q extends TypedQuery<?>> Q parameters(UnansweredReport.Filter f, Q query) {
        query.setParameter("awaiting", ReportRules.AWAITING).setParameter("answerKinds", ReportRules.ANSWER_KINDS);
        boolean byCategory = f.category() != null && !f.category().isBlank();
        boolean byKind = f.kind() != null && !f.kind().isBlank();
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
