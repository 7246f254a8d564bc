package org.dispatchregister.lists;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ListCyclesTest {

    // A contains B, B contains C, D stands alone; E and F already contain each other.
    static final Map<Long, List<Long>> NESTED = Map.of(1L, List.of(2L), 2L, List.of(3L), 5L, List.of(6L), 6L, List.of(5L));

    static Collection<Long> nestedIn(Collection<Long> ids) {
        return ids.stream().flatMap(id -> NESTED.getOrDefault(id, List.of()).stream()).toList();
    }

    @Test
    void nestingAnAncestorIsACycle() {
        assertTrue(ListCycles.wouldCycle(3L, 1L, ListCyclesTest::nestedIn), "C may not contain A");
        assertTrue(ListCycles.wouldCycle(2L, 1L, ListCyclesTest::nestedIn), "B may not contain A");
        assertTrue(ListCycles.wouldCycle(4L, 4L, ListCyclesTest::nestedIn), "a list may not contain itself");
    }

    @Test
    void nestingSiblingsOrDescendantsIsFine() {
        assertFalse(ListCycles.wouldCycle(1L, 3L, ListCyclesTest::nestedIn), "A may also contain C directly");
        assertFalse(ListCycles.wouldCycle(4L, 1L, ListCyclesTest::nestedIn));
        assertFalse(ListCycles.wouldCycle(1L, 5L, ListCyclesTest::nestedIn), "an existing loop elsewhere terminates");
    }
}
