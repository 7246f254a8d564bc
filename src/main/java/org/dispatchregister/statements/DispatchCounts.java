package org.dispatchregister.statements;

import java.util.Collection;
import java.util.Map;

/**
 * How many original dispatches each statement has. What "original" means belongs to the dispatches
 * feature, which sits above this one; it implements this interface, so the statements list shows the
 * same count as every other page without a second copy of the rule.
 */
public interface DispatchCounts {

    /** statement id → its original dispatches; a statement without any is absent. */
    Map<Long, Long> originalDispatches(Collection<Long> statementIds);
}
