/**
 * Dispatches: one statement sent to one recipient. Planning from lists and individual choices, the
 * status lifecycle, bulk status changes, overdue follow-ups and reminders, and a recipient's
 * correspondence history.
 */
package org.dispatchregister.dispatches;
