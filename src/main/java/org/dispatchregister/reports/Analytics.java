package org.dispatchregister.reports;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.RawString;

/** The analytics page: response figures by category, body, kind and year; volumes per month; the charts. */
public record Analytics(ReportPeriod period, String fromText, String toText, GroupFigures overall, List<GroupFigures> byCategory,
        List<GroupFigures> byKind, List<GroupFigures> byYear, List<GroupFigures> best, List<GroupFigures> worst, int minSample,
        List<Month> months, LocalDate monthsFrom, LocalDate monthsTo, Charts charts) {

    /** Dispatches sent and answers received in one calendar month. */
    public record Month(String label, long dispatches, long replies) {
    }

    /** Inline SVG, built and escaped by {@link SvgChart}. */
    public record Charts(RawString byCategory, RawString byKind, RawString byYear, RawString months) {
    }
}
