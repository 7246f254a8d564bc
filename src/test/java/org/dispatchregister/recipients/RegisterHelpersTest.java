package org.dispatchregister.recipients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Register helpers: e-mail lists, parent chains, CSV cells (the fold itself is tested in common.TextFoldTest). */
class RegisterHelpersTest {

    @Test
    void emailListValidatesEachAddress() {
        assertNull(EmailList.firstInvalid("a@ohchr.org, b.c@un.org;\nd@x.co.uk"));
        assertEquals("not-an-email", EmailList.firstInvalid("a@ohchr.org, not-an-email"));
        assertEquals("x@y", EmailList.firstInvalid("x@y"));
        assertEquals("a@ohchr.org, b@un.org", EmailList.normalise(" a@ohchr.org ;b@un.org "));
        assertEquals("a@ohchr.org", EmailList.first("a@ohchr.org, b@un.org"));
        assertNull(EmailList.normalise("  "));
    }

    @Test
    void parentChainRefusesLoops() {
        // 1 <- 2 <- 3 (3's parent is 2, 2's parent is 1)
        Map<Long, Long> parents = Map.of(2L, 1L, 3L, 2L);
        assertTrue(ParentChain.createsCycle(1L, 3L, id -> parents.get(id)), "1 under its grandchild");
        assertTrue(ParentChain.createsCycle(2L, 2L, id -> parents.get(id)), "own parent");
        assertFalse(ParentChain.createsCycle(3L, 1L, id -> parents.get(id)));
        assertFalse(ParentChain.createsCycle(null, 1L, id -> parents.get(id)), "new body cannot be in a loop");
        Map<Long, Long> broken = Map.of(5L, 6L, 6L, 5L);
        assertFalse(ParentChain.createsCycle(1L, 5L, id -> broken.get(id)), "an existing loop stops the walk");
    }

    @Test
    void csvCellsStartingWithFormulaCharactersAreNeutralised() {
        assertEquals("'=HYPERLINK(\"x\")", RecipientCsv.neutralise("=HYPERLINK(\"x\")"));
        assertEquals("'+1", RecipientCsv.neutralise("+1"));
        assertEquals("'-2", RecipientCsv.neutralise("-2"));
        assertEquals("'@SUM", RecipientCsv.neutralise("@SUM"));
        assertEquals("'\tx", RecipientCsv.neutralise("\tx"));
        assertEquals("OHCHR", RecipientCsv.neutralise("OHCHR"));
        assertEquals("", RecipientCsv.neutralise(null));
    }
}
