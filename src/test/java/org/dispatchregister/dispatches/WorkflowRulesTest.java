package org.dispatchregister.dispatches;

import static org.dispatchregister.dispatches.DispatchStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Plain unit tests: the lifecycle table, the overdue rule against a fixed clock, the reminder text. */
class WorkflowRulesTest {

    @Test
    void lifecycleMovesForwardOnly() {
        assertTrue(DispatchTransitions.allowed(PLANNED, SENT));
        assertTrue(DispatchTransitions.allowed(SENT, DELIVERED));
        assertTrue(DispatchTransitions.allowed(DELIVERED, ACKNOWLEDGED));
        assertTrue(DispatchTransitions.allowed(ACKNOWLEDGED, REPLIED));
        assertTrue(DispatchTransitions.allowed(SENT, RETURNED));
        assertTrue(DispatchTransitions.allowed(RETURNED, SENT));
        assertTrue(DispatchTransitions.allowed(DELIVERED, WITHDRAWN));
        assertTrue(DispatchTransitions.allowed(REPLIED, REPLIED));
        assertFalse(DispatchTransitions.allowed(DELIVERED, PLANNED));
        assertFalse(DispatchTransitions.allowed(REPLIED, SENT));
        assertFalse(DispatchTransitions.allowed(WITHDRAWN, SENT));
        assertFalse(DispatchTransitions.allowed(PLANNED, DELIVERED));
        assertFalse(DispatchTransitions.allowed(ACKNOWLEDGED, RETURNED));
        assertEquals(Set.of(SENT, DELIVERED), DispatchTransitions.from(RETURNED));
        assertEquals(Set.of(WITHDRAWN), DispatchTransitions.choices(WITHDRAWN));
    }

    @Test
    void overdueIsDerivedFromTheDueDateAndTodayOfTheClock() {
        Clock fixed = Clock.fixed(LocalDate.of(2026, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        LocalDate today = LocalDate.now(fixed);
        assertTrue(ReplyRules.isOverdue(true, SENT, LocalDate.of(2026, 2, 28), today));
        assertFalse(ReplyRules.isOverdue(true, SENT, LocalDate.of(2026, 3, 1), today), "due today is not overdue yet");
        assertFalse(ReplyRules.isOverdue(false, SENT, LocalDate.of(2026, 1, 1), today));
        assertFalse(ReplyRules.isOverdue(true, REPLIED, LocalDate.of(2026, 1, 1), today));
        assertTrue(ReplyRules.isOverdue(true, ACKNOWLEDGED, LocalDate.of(2026, 1, 1), today));
        assertEquals(REPLIED, ReplyRules.statusAfter(ReplyKind.SUBSTANTIVE, ACKNOWLEDGED));
        assertEquals(ACKNOWLEDGED, ReplyRules.statusAfter(ReplyKind.ACKNOWLEDGEMENT, DELIVERED));
    }

    @Test
    void reminderCitesOurReferenceAndDate() {
        String text = ReminderLetter.text("Office of the High Commissioner", "Note verbale", "0461/27/20/22", LocalDate.of(2020, 11, 4),
                "Note on the statement", LocalDate.of(2020, 11, 4), LocalDate.of(2020, 12, 4));
        assertTrue(text.contains("We refer to our note verbale ref. 0461/27/20/22 of 4 November 2020"), text);
        assertTrue(text.contains("to which we have not yet received a reply (a reply was expected by 4 December 2020)"), text);
    }
}
