package org.dispatchregister.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/** The arithmetic every report shares: response rate, median and longest days to reply. */
public final class ReportStats {

    private ReportStats() {
    }

    /** Answered as a percentage of those counted for the rate, one decimal; null when none was counted. */
    public static Double responseRate(long counted, long answered) {
        if (counted == 0) {
            return null;
        }
        return BigDecimal.valueOf(answered * 100.0 / counted).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The median; for an even count the mean of the two middle values. Null when empty. */
    public static Double median(Collection<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return (double) sorted.get(n / 2);
        }
        return (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The largest value, or null when empty. */
    public static Integer longest(Collection<Integer> values) {
        return values.stream().max(Integer::compare).orElse(null);
    }

    /** A figure for display: "7", "7.5", or an em dash for no value. */
    public static String show(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
