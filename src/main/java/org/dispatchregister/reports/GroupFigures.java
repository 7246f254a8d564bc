package org.dispatchregister.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Response figures for one group of dispatches (a category, a body, a kind, a year). */
public record GroupFigures(String label, Long id, long sent, long replied, Double responseRate, Double medianDaysToReply) {

    public String rateShown() {
        return responseRate == null ? "—" : ReportStats.show(responseRate) + " %";
    }

    public String medianShown() {
        return ReportStats.show(medianDaysToReply);
    }

    /** Groups facts by a key (label, id), keeping the order in which keys are first met. */
    static List<GroupFigures> of(List<AnalyticsFact> facts, Function<AnalyticsFact, String> label,
            Function<AnalyticsFact, Long> id) {
        Map<String, List<AnalyticsFact>> groups = new LinkedHashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (AnalyticsFact f : facts) {
            String key = label.apply(f) + "\u0000" + id.apply(f);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            ids.putIfAbsent(key, id.apply(f));
        }
        List<GroupFigures> result = new ArrayList<>();
        groups.forEach((key, list) -> {
            List<Integer> days = list.stream().map(AnalyticsFact::daysToReply).filter(java.util.Objects::nonNull).toList();
            long replied = list.stream().filter(f -> f.firstAnswerOn() != null).count();
            result.add(new GroupFigures(key.substring(0, key.indexOf('\u0000')), ids.get(key), list.size(), replied,
                    ReportStats.responseRate(list.size(), replied), ReportStats.median(days)));
        });
        return result;
    }

    static Comparator<GroupFigures> byLabel() {
        return Comparator.comparing(GroupFigures::label, String.CASE_INSENSITIVE_ORDER);
    }

    /** Best first: highest rate, then quickest median, then most dispatches. */
    static Comparator<GroupFigures> best() {
        return Comparator.comparing((GroupFigures g) -> g.responseRate() == null ? -1 : g.responseRate()).reversed()
                .thenComparing(g -> g.medianDaysToReply() == null ? Double.MAX_VALUE : g.medianDaysToReply())
                .thenComparing(Comparator.comparingLong(GroupFigures::sent).reversed()).thenComparing(GroupFigures::label);
    }
}
