package org.dispatchregister.lists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The nesting rule of lists: a list may never contain itself, however deep. */
public final class ListCycles {

    private ListCycles() {
    }

    /**
     * Whether nesting {@code child} inside {@code parent} would close a loop: true when they are the
     * same list or {@code parent} is already reachable from {@code child}. {@code nestedIn} returns
     * the lists directly nested in a set of lists (one call per level).
     */
    public static boolean wouldCycle(Long parent, Long child, Function<Collection<Long>, Collection<Long>> nestedIn) {
        if (parent.equals(child)) {
            return true;
        }
        Set<Long> seen = new HashSet<>();
        List<Long> frontier = new ArrayList<>(List.of(child));
        while (!frontier.isEmpty()) {
            frontier.removeIf(id -> !seen.add(id));
            if (frontier.contains(parent)) {
                return true;
            }
            if (frontier.isEmpty()) {
                break;
            }
            frontier = new ArrayList<>(nestedIn.apply(frontier));
        }
        return false;
    }
}
