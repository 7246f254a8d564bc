/**
 * Dispatches: one statement sent to one recipient, and the replies that answer it (a reply is a child of
 * its dispatch, as a visit is of a pet). Planning from lists and individual choices, the status lifecycle,
 * bulk status changes, replies (recorded against a dispatch or kept unlinked until someone knows what they
 * answer), overdue follow-ups and reminders, and a recipient's correspondence history. "Original" is defined once
 * on {@link org.dispatchregister.dispatches.Dispatch}; "answered" and "overdue" in
 * {@link org.dispatchregister.dispatches.ReplyRules}.
 */
package org.dispatchregister.dispatches;
