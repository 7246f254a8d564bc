/**
 * Reports and analytics: what was sent to a body (and its offices) in a period and what came
 * back, who received a statement, the unanswered correspondence, and response-rate analytics.
 * Every report is built from projection queries (records, never entities) whose number does not
 * grow with the number of rows; pages render as HTML, print to PDF from the same Qute partials,
 * and export to CSV and XLSX streamed row by row.
 */
package org.dispatchregister.reports;
