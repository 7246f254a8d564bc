package org.dispatchregister.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.dispatchregister.web.DailyMsg;
import org.dispatchregister.web.Language;
import org.dispatchregister.web.Messages;
import org.dispatchregister.web.Plural;
import org.dispatchregister.web.RequestLanguage;

/**
 * The annual summary of one year, from the analytics' facts ({@link AnalyticsService#facts}: every original dispatch
 * that went out, with its kind, category, status and first answer) and one grouped count of statements per kind.
 * Answered and awaiting are the {@link org.dispatchregister.dispatches.ReplyRules} of the dashboard and every report.
 */
@ApplicationScoped
public class AnnualSummaryService {

    static final String BACK = "/reports/annual";

    private static final String KINDS = "select k.code, k.name, count(distinct s.id) from Dispatch d join d.statement s join s.kind k "
            + "where " + ReportRules.SENT_ORIGINAL + " and d.sentOn >= :from and d.sentOn <= :to "
            + "group by k.code, k.name, k.sortOrder order by k.sortOrder, k.name";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public AnnualSummary summary(Integer requestedYear) {
        int year = requestedYear == null ? LocalDate.now(clock).getYear() : requestedYear;
        if (year < 1900 || year > 2100) {
            throw new ReportInputException(Messages.daily().annual_bad_year(), BACK);
        }
        ReportPeriod period = new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<AnalyticsFact> facts = AnalyticsService.facts(em, period);
        List<AnnualSummary.KindCount> kinds = em.createQuery(KINDS, Object[].class).setParameter("notSent", ReportRules.NOT_SENT)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultStream()
                .map(r -> new AnnualSummary.KindCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        Map<String, Long> statementsByKind = new LinkedHashMap<>();
        kinds.forEach(k -> statementsByKind.put(k.name(), k.statements()));

        long statements = kinds.stream().mapToLong(AnnualSummary.KindCount::statements).sum();
        AnnualSummary.Line total = line(Messages.daily().total(), statements, facts);
        List<AnnualSummary.Line> byKind = groups(facts, AnalyticsFact::kind).entrySet().stream()
                .map(e -> line(e.getKey(), statementsByKind.getOrDefault(e.getKey(), 0L), e.getValue()))
                .sorted(Comparator.comparing(l -> order(statementsByKind, l.label()))).toList();
        String noCategory = Messages.reports().no_category();
        List<AnnualSummary.Line> byCategory = groups(facts, f -> f.category() == null ? noCategory : f.category()).entrySet().stream()
                .map(e -> line(e.getKey(), null, e.getValue()))
                .sorted(Comparator.comparing(AnnualSummary.Line::label, String.CASE_INSENSITIVE_ORDER)).toList();
        return new AnnualSummary(year, years(year), paragraph(Messages.daily(), RequestLanguage.current(), kinds, total, year),
                total, byKind, byCategory);
    }

    /**
     * "4 statements, 7 appeals and 2 special reports: 21 letters to 11 bodies; 9 answered, 12 awaiting a reply" in the
     * reader's language, each count with the word form its number takes ({@link Plural}).
     */
    static String paragraph(DailyMsg m, Language language, List<AnnualSummary.KindCount> kinds, AnnualSummary.Line total, int year) {
        if (total.letters() == 0) {
            return m.annual_none(year);
        }
        List<String> parts = new ArrayList<>();
        for (AnnualSummary.KindCount k : kinds) {
            parts.add(Plural.pick(language, k.statements(), kindForms(m, k)));
        }
        return m.annual_sentence(Plural.join(parts, m.and_word()),
                Plural.pick(language, total.letters(), m.count_letters(total.letters())),
                Plural.pick(language, total.bodies(), m.count_bodies(total.bodies())),
                Plural.pick(language, total.answered(), m.count_answered(total.answered())),
                Plural.pick(language, total.awaiting(), m.count_awaiting(total.awaiting())));
    }

    /** The counted words of the standard kinds (V20); a kind an administrator added is named as it is stored. */
    private static String kindForms(DailyMsg m, AnnualSummary.KindCount k) {
        long n = k.statements();
        return switch (k.code()) {
            case "STATEMENT" -> m.kind_STATEMENT(n);
            case "APPEAL" -> m.kind_APPEAL(n);
            case "NOTE_VERBALE" -> m.kind_NOTE_VERBALE(n);
            case "LETTER" -> m.kind_LETTER(n);
            case "SPECIAL_REPORT" -> m.kind_SPECIAL_REPORT(n);
            case "PRESS_RELEASE" -> m.kind_PRESS_RELEASE(n);
            case "REPLY_TO_REPORT" -> m.kind_REPLY_TO_REPORT(n);
            default -> m.kind_other(n, k.name());
        };
    }

    private static Map<String, List<AnalyticsFact>> groups(List<AnalyticsFact> facts, Function<AnalyticsFact, String> key) {
        Map<String, List<AnalyticsFact>> groups = new LinkedHashMap<>();
        facts.forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        return groups;
    }

    private static AnnualSummary.Line line(String label, Long statements, List<AnalyticsFact> facts) {
        List<Integer> days = facts.stream().filter(AnalyticsFact::answered).map(AnalyticsFact::daysToReply).filter(Objects::nonNull)
                .toList();
        return new AnnualSummary.Line(label, statements, facts.size(), facts.stream().map(AnalyticsFact::recipientId).distinct().count(),
                facts.stream().filter(AnalyticsFact::answered).count(), facts.stream().filter(AnalyticsFact::awaiting).count(),
                ReportStats.median(days));
    }

    private static int order(Map<String, Long> kinds, String name) {
        int i = new ArrayList<>(kinds.keySet()).indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** The years with letters, newest first, and the chosen one even without. */
    private List<Integer> years(int chosen) {
        List<Integer> years = new ArrayList<>(em.createQuery("select distinct year(d.sentOn) from Dispatch d where d.sentOn is not null "
                + "and " + ReportRules.SENT_ORIGINAL + " order by 1 desc", Integer.class).setParameter("notSent", ReportRules.NOT_SENT)
                .getResultList());
        if (!years.contains(chosen)) {
            years.add(chosen);
            years.sort(Comparator.reverseOrder());
        }
        return years;
    }
}
