package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Reports on screen are paged (the recipient report by rows, the unanswered report by bodies) and their
 * figures stay those of every row; the PDF and the exports keep every row.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagingTest implements FixedToday {

    @Inject
    UnansweredReportService unanswered;

    @Inject
    RecipientReportService recipients;

    ReportFixture f;

    @BeforeAll
    void data() {
        f = ReportFixture.create();
    }

    @Test
    void recipientReportPagesItsRowsUnderFiguresOfAll() {
        ReportPeriod all = new ReportPeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));
        RecipientReport whole = recipients.report(f.parentId, all, true);
        assertTrue(whole.items().size() >= 5, "the fixture's parent and offices have several dispatches");
        RecipientReport second = recipients.report(f.parentId, all, true, 2, 2);
        assertEquals(whole.items().subList(2, 4), second.items(), "rows 3 and 4, with their replies");
        assertEquals(whole.totals(), second.totals(), "figures over every row");
        assertEquals(2, second.page());
        int lastPage = (whole.items().size() + 1) / 2;
        RecipientReport beyond = recipients.report(f.parentId, all, true, 99, 2);
        assertEquals(lastPage, beyond.page());
        assertEquals(whole.items().subList(2 * (lastPage - 1), whole.items().size()), beyond.items());
        assertTrue(whole.items().stream().anyMatch(i -> !i.replies().isEmpty()), "the fixture has replies to compare");
    }

    @Test
    void eachPageHoldsItsBodiesAndTheTotalsOfAll() {
        // the fixture's category: two bodies awaiting, four dispatches, three overdue; one body per page
        UnansweredReport.Filter filter = unanswered.filter(null, null, f.categoryCode, null);
        UnansweredReport all = unanswered.report(filter);
        UnansweredReport first = unanswered.report(filter, 1, 1);
        UnansweredReport second = unanswered.report(filter, 2, 1);
        for (UnansweredReport page : List.of(all, first, second)) {
            assertEquals(4, page.total());
            assertEquals(3, page.overdue());
            assertEquals(2, page.bodies());
        }
        assertEquals(2, all.groups().size());
        assertEquals(List.of(all.groups().get(0)), first.groups());
        assertEquals(List.of(all.groups().get(1)), second.groups());
        assertEquals(2, second.page());
        // past the end: the last page, not an empty one that would read "nothing unanswered"
        UnansweredReport beyond = unanswered.report(filter, 9, 1);
        assertEquals(2, beyond.page());
        assertEquals(second.groups(), beyond.groups());
    }

    @Test
    void nothingToShowIsOnePageWithNoBodies() {
        UnansweredReport none = unanswered.report(unanswered.filter("2001-01-01", "2001-12-31", f.categoryCode, null), 3, 50);
        assertEquals(1, none.page());
        assertEquals(0, none.bodies());
        assertTrue(none.groups().isEmpty());
    }
}
