package org.dispatchregister.dispatches;

import static org.dispatchregister.dispatches.DispatchStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status changes a clerk may make by hand. Replies move a dispatch on their own
 * ({@link ReplyRules#statusAfter}); this table is for the status field and bulk actions.
 * PLANNED → SENT → DELIVERED → ACKNOWLEDGED → REPLIED, with RETURNED (undeliverable) and
 * WITHDRAWN (cancelled) on the way; a returned dispatch can be sent again.
 */
public final class DispatchTransitions {

    private static final Map<DispatchStatus, Set<DispatchStatus>> NEXT = new EnumMap<>(DispatchStatus.class);

    static {
        NEXT.put(PLANNED, EnumSet.of(SENT, WITHDRAWN));
        NEXT.put(SENT, EnumSet.of(DELIVERED, ACKNOWLEDGED, REPLIED, RETURNED, WITHDRAWN));
        NEXT.put(DELIVERED, EnumSet.of(ACKNOWLEDGED, REPLIED, RETURNED, WITHDRAWN));
        NEXT.put(ACKNOWLEDGED, EnumSet.of(REPLIED, WITHDRAWN));
        NEXT.put(REPLIED, EnumSet.noneOf(DispatchStatus.class));
        NEXT.put(RETURNED, EnumSet.of(SENT, WITHDRAWN));
        NEXT.put(WITHDRAWN, EnumSet.noneOf(DispatchStatus.class));
    }

    private DispatchTransitions() {
    }

    /** Staying in the same status is always allowed (an edit of dates only). */
    public static boolean allowed(DispatchStatus from, DispatchStatus to) {
        return from == to || NEXT.get(from).contains(to);
    }

    /** The statuses from which a move to {@code to} is allowed (for bulk updates). */
    public static Set<DispatchStatus> from(DispatchStatus to) {
        Set<DispatchStatus> result = EnumSet.noneOf(DispatchStatus.class);
        NEXT.forEach((from, next) -> {
            if (next.contains(to)) {
                result.add(from);
            }
        });
        return result;
    }

    /** The current status and every status it may move to: the choices of the status field. */
    public static Set<DispatchStatus> choices(DispatchStatus from) {
        Set<DispatchStatus> s = EnumSet.of(from);
        s.addAll(NEXT.get(from));
        return s;
    }

    public static String describe(DispatchStatus from, DispatchStatus to) {
        return "A dispatch cannot go from " + from.name().toLowerCase() + " to " + to.name().toLowerCase();
    }
}
