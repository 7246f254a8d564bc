package org.dispatchregister.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the reports and the error pages ({rmsg:key} in templates, {@link Messages#reports()} in
 * Java), in English here and in messages/rmsg_az.properties and rmsg_ru.properties. A bundle of its own
 * because Qute's generated resolver for one bundle breaks past a few hundred messages (VerifyError at
 * start-up): keep each bundle under about 280 messages.
 */
@MessageBundle(value = "rmsg", locale = "en")
public interface ReportMsg {

    // ---- reports

    @Message("What we sent to a body, and what came back")
    String rpt_recipient_title();

    @Message("Every statement sent to a body (optionally with all its offices) in a period, the replies, days to reply and what is overdue.")
    String rpt_recipient_explain();

    @Message("Find a body")
    String find_body();

    @Message("Name or acronym, e.g. OHCHR")
    String find_body_hint();

    @Message("No body matches “{q}”.")
    String no_body_matches(String q);

    @Message("Showing the first 50; refine the search.")
    String first_50();

    @Message("Who received a statement")
    String rpt_statement_title();

    @Message("The distribution of one statement: recipients, list and channel, status, replies and days to reply.")
    String rpt_statement_explain();

    @Message("Find a statement")
    String find_statement();

    @Message("Title or our reference")
    String find_statement_hint();

    @Message("No statement matches “{q}”.")
    String no_statement_matches(String q);

    @Message("no reference")
    String no_reference();

    @Message("Unanswered correspondence")
    String unanswered();

    @Message("Every dispatch that expects a reply and has none yet, grouped by body, with its age and the reminders sent. The table the annual report quotes.")
    String unanswered_explain();

    @Message("Open")
    String open();

    @Message("Analytics")
    String analytics();

    @Message("Response rates and days to reply by category, body, kind of statement and year; dispatches and replies per month.")
    String analytics_explain();

    @Message("Dispatch register")
    String dispatch_register();

    @Message("Every dispatch with its statement, recipient and list, for a spreadsheet.")
    String dispatch_register_explain();

    @Message("Answered")
    String col_answered();

    @Message("Expecting a reply")
    String col_expecting();

    @Message("Response rate")
    String col_rate();

    @Message("Median days to reply")
    String col_median();

    @Message("Longest days to reply")
    String col_longest();

    @Message("Overdue")
    String col_overdue();

    @Message("Reminders sent")
    String col_reminders_sent();

    @Message("Nothing was sent to {name} between {from} and {to}.")
    String nothing_sent_between(String name, java.time.LocalDate from, java.time.LocalDate to);

    @Message("Nothing was sent to {name} or its offices between {from} and {to}.")
    String nothing_sent_between_offices(String name, java.time.LocalDate from, java.time.LocalDate to);

    @Message("Replies (date · kind · their ref. · days)")
    String col_replies_detail();

    @Message("{n} d")
    String days_short(Integer n);

    @Message("printed {date}")
    String printed_on(java.time.LocalDate date);

    @Message("This statement has not been dispatched to anyone yet.")
    String not_dispatched_to_anyone();

    @Message("Via list")
    String col_via_list();

    @Message("No unanswered correspondence matches this filter.")
    String no_unanswered();

    @Message("{count} awaiting")
    String awaiting(int count);

    @Message(", {count} overdue")
    String overdue_count(long count);

    @Message("Age (days)")
    String col_age();

    @Message("Report not produced")
    String report_not_produced();

    @Message("Back to the report")
    String back_to_report();

    @Message("All reports")
    String all_reports();

    @Message("Report: {name}")
    String report_of(String name);

    @Message("Recipient report")
    String recipient_report();

    @Message("Print (PDF)")
    String print_pdf();

    @Message("Sent from")
    String sent_from();

    @Message("to")
    String to_date();

    @Message("Include its offices and sub-bodies")
    String include_offices();

    @Message("Show")
    String show();

    @Message("An acknowledgement is not counted as a reply.")
    String ack_not_reply();

    @Message("Overdue as of {date}.")
    String overdue_as_of(java.time.LocalDate date);

    @Message("Distribution: {title}")
    String distribution_of(String title);

    @Message("Statement distribution")
    String statement_distribution();

    @Message("our reference {ref}")
    String our_reference_x(String ref);

    @Message("issued {date}")
    String issued_on(java.time.LocalDate date);

    @Message("Figures count the dispatches that went out (not planned or withdrawn).")
    String figures_count_out();

    @Message("Dispatches by status")
    String by_status();

    @Message("All categories")
    String all_categories();

    @Message("All kinds")
    String all_kinds();

    @Message("Age counts the days since sending.")
    String age_explain();

    // ---- reports pages

    @Message("Statements sent to {name}")
    String rpt_sent_to(String name);

    @Message("Statements sent to {name} and its offices ({bodies} bodies)")
    String rpt_sent_to_offices(String name, int bodies);

    @Message("from {from} to {to}")
    String from_to(java.time.LocalDate from, java.time.LocalDate to);

    @Message(", category {c}")
    String category_x(String c);

    @Message("Dispatches that expect a reply and have none (sent, delivered or only acknowledged):")
    String unanswered_lead();

    @Message("of which")
    String of_which();

    @Message("overdue as of {date}, to")
    String overdue_as_of_bodies(java.time.LocalDate date);

    @Message("bodies.")
    String bodies_word();

    @Message("Dispatches that expect a reply and have none: {total}, of which {overdue} overdue as of {date}, to {count} bodies")
    String unanswered_print_lead(long total, long overdue, java.time.LocalDate date, long count);

    @Message("; sent from {date}")
    String sent_from_x(java.time.LocalDate date);

    @Message(" to {date}")
    String to_x(java.time.LocalDate date);

    @Message("; kind {k}")
    String kind_x(String k);

    @Message("; category {c}")
    String category_semicolon_x(String c);

    @Message("Original dispatches that went out")
    String an_lead();

    @Message(" from {date}")
    String from_x(java.time.LocalDate date);

    @Message("answered")
    String an_answered();

    @Message("response rate")
    String an_rate();

    @Message("of the")
    String an_of_the();

    @Message("expecting a reply")
    String an_expecting();

    @Message("median days to reply")
    String an_median();

    @Message("An acknowledgement is not an answer; a reply to a reminder answers the original; a statement that asked for no reply is not in the rate.")
    String an_rules();

    @Message("By category of body")
    String by_category();

    @Message("No dispatches in this period.")
    String no_dispatches_period();

    @Message("By body (at least {n} dispatches expecting a reply)")
    String by_body(int n);

    @Message("Best responders")
    String best();

    @Message("Worst responders")
    String worst();

    @Message("Body")
    String col_body();

    @Message("No body has enough dispatches in this period.")
    String no_body_enough();

    @Message("Every ranked body is already listed among the best.")
    String all_ranked_best();

    @Message("By kind of statement")
    String by_kind();

    @Message("By year")
    String by_year();

    @Message("Dispatches and replies per month, {from} to {to}")
    String per_month(java.time.LocalDate from, java.time.LocalDate to);

    @Message("Month")
    String col_month();

    @Message("Dispatches sent")
    String col_dispatches_sent();

    @Message("Answers received (acknowledgements not included)")
    String col_answers_received();

    // ---- error pages

    @Message("Back to the dashboard")
    String back_to_dashboard();

    @Message("Request not accepted")
    String err_title_400();

    @Message("Sign-in required")
    String err_title_401();

    @Message("Not allowed")
    String err_title_403();

    @Message("Not found")
    String err_title_404();

    @Message("Not allowed here")
    String err_title_405();

    @Message("Changed by someone else")
    String err_title_409();

    @Message("Too large")
    String err_title_413();

    @Message("Unsupported format")
    String err_title_415();

    @Message("Something went wrong")
    String err_title_500();

    @Message("The form could not be accepted. If you left a page open for a long time its security token may have expired: go back, reload the page and submit again.")
    String err_msg_400();

    @Message("Your role does not allow this action. Ask an administrator if you need it.")
    String err_msg_403();

    @Message("There is no such page or record.")
    String err_msg_404();

    @Message("This address does not accept that kind of request.")
    String err_msg_405();

    @Message("Someone else saved this record while you were editing it. Reload to see their changes.")
    String err_msg_409();

    @Message("The upload is larger than the configured limit.")
    String err_msg_413();

    @Message("This kind of content is not accepted here.")
    String err_msg_415();

    @Message("The request could not be completed and nothing was changed.")
    String err_msg_500();

    @Message("The request could not be accepted.")
    String err_msg_other();

    @Message("The request could not be completed and nothing was changed. Incident {id} has been logged.")
    String err_incident(String id);

    @Message("The upload could not be read")
    String err_upload_title();

    @Message("The form or file sent was malformed, so nothing was saved. Rename the file without unusual characters and try again.")
    String err_upload_msg();

    // ---- charts and more error pages

    @Message("Response rate by category")
    String chart_rate_category();

    @Message("Response rate by kind of statement")
    String chart_rate_kind();

    @Message("Response rate by year")
    String chart_rate_year();

    @Message("Dispatches and replies per month")
    String chart_per_month();

    @Message("Count")
    String chart_count();

    @Message("Response rate (%)")
    String chart_rate_axis();

    @Message("no data")
    String chart_no_data();

    @Message("No category")
    String no_category();

    @Message("There is no such page or record. It may have been merged or the link may be mistyped.")
    String not_found_msg();

    @Message("A value in the address is not a number where one is expected (for example page=2). Correct it and try again.")
    String not_a_number_msg();
}
