/** The dashboard: this year's statements, dispatches, replies, response rate and what is overdue. */
package org.dispatchregister.dashboard;
