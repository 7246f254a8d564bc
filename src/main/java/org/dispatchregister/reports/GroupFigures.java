package org.dispatchregister.reports;

import org.dispatchregister.web.RequestLanguage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Response figures for one group of dispatches (a category, a body, a kind, a year): sent, answered
 * ({@code replied}), how many are counted for the rate ({@code expectingReply}, the sample size), the
 * rate and the median days to reply. Answered and counted are decided by
 * {@link org.dispatchregister.dispatches.ReplyRules}, as on the dashboard and in every report.
 */
public record GroupFigures(String label, Long id, long sent, long replied, long expectingReply, Double responseRate,
        Double medianDaysToReply) {

    public String rateShown() {
        return RequestLanguage.current().percent(responseRate);
    }

    public String medianShown() {
        return RequestLanguage.current().decimal(medianDaysToReply);
    }

    /** Groups facts by a key (label, id), keeping the order in which keys are first met. */
    static List<GroupFigures> of(List<AnalyticsFact> facts, Function<AnalyticsFact, String> label,
            Function<AnalyticsFact, Long> id) {
        Map<Key, List<AnalyticsFact>> groups = new LinkedHashMap<>();
        for (AnalyticsFact f : facts) {
            groups.computeIfAbsent(new Key(label.apply(f), id.apply(f)), k -> new ArrayList<>()).add(f);
        }
        List<GroupFigures> result = new ArrayList<>(groups.size());
        groups.forEach((key, list) -> result.add(of(key.label(), key.id(), list)));
        return result;
    }

    private record Key(String label, Long id) {
    }

    private static GroupFigures of(String label, Long id, List<AnalyticsFact> list) {
        List<Integer> days = list.stream().filter(AnalyticsFact::answered).map(AnalyticsFact::daysToReply)
                .filter(Objects::nonNull).toList();
        long replied = list.stream().filter(AnalyticsFact::answered).count();
        List<AnalyticsFact> counted = list.stream().filter(AnalyticsFact::countsForRate).toList();
        long answeredOfCounted = counted.stream().filter(AnalyticsFact::answered).count();
        return new GroupFigures(label, id, list.size(), replied, counted.size(),
                ReportStats.responseRate(counted.size(), answeredOfCounted), ReportStats.median(days));
    }

    static Comparator<GroupFigures> byLabel() {
        return Comparator.comparing(GroupFigures::label, String.CASE_INSENSITIVE_ORDER);
    }

    /** Best first: highest rate, then the larger sample (a rate over more letters says more). */
    static Comparator<GroupFigures> best() {
        return Comparator.comparing((GroupFigures g) -> g.responseRate() == null ? -1 : g.responseRate()).reversed()
                .thenComparing(Comparator.comparingLong(GroupFigures::expectingReply).reversed()).thenComparing(byLabel());
    }

    /** Worst first: lowest rate, then the larger sample. */
    static Comparator<GroupFigures> worst() {
        return Comparator.comparing((GroupFigures g) -> g.responseRate() == null ? Double.MAX_VALUE : g.responseRate())
                .thenComparing(Comparator.comparingLong(GroupFigures::expectingReply).reversed()).thenComparing(byLabel());
    }
}
