/**
 * Replies: incoming letters answering dispatches, recorded against a dispatch, found from a recipient and
 * a statement, or kept unlinked until someone knows what they answer. A reply moves its dispatch on
 * (acknowledged or replied) by the shared rules of {@code dispatches.ReplyRules}.
 */
package org.dispatchregister.replies;
