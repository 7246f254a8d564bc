package org.dispatchregister.recipients;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongFunction;

/** The hierarchy rule: a body can never end up above itself. */
public final class ParentChain {

    private ParentChain() {
    }

    /**
     * Whether giving {@code self} the parent {@code newParent} would close a loop: true when the
     * new parent is the body itself or has it among its ancestors. {@code parentOf} returns the
     * current parent id of a body, or null at the top. A loop already in the data stops the walk.
     */
    public static boolean createsCycle(Long self, Long newParent, LongFunction<Long> parentOf) {
        if (self == null || newParent == null) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        Long current = newParent;
        while (current != null && seen.add(current)) {
            if (current.equals(self)) {
                return true;
            }
            current = parentOf.apply(current);
        }
        return false;
    }
}
