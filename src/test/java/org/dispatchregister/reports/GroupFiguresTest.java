package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both rankings order by the rate, then by the sample size (dispatches expecting a reply), larger first. */
class GroupFiguresTest {

    private static GroupFigures g(String label, long expecting, Double rate) {
        return new GroupFigures(label, 1L, expecting, 0, expecting, rate, null);
    }

    @Test
    void bestByRateThenSample() {
        List<String> best = Stream.of(g("small 50", 4, 50.0), g("big 50", 40, 50.0), g("quick 20", 5, 20.0), g("full", 3, 100.0))
                .sorted(GroupFigures.best()).map(GroupFigures::label).toList();
        assertEquals(List.of("full", "big 50", "small 50", "quick 20"), best);
    }

    @Test
    void worstByRateThenSample() {
        List<String> worst = Stream.of(g("small 0", 3, 0.0), g("big 0", 30, 0.0), g("half", 10, 50.0))
                .sorted(GroupFigures.worst()).map(GroupFigures::label).toList();
        assertEquals(List.of("big 0", "small 0", "half"), worst);
    }
}
