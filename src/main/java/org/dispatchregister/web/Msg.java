package org.dispatchregister.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the interface, in English here and in Azerbaijani and Russian in
 * messages/msg_az.properties and msg_ru.properties. Templates write {msg:key}; the template's locale
 * (set from {@link RequestLanguage}) picks the language. Qute checks every key and parameter at build
 * time; {@code MessageBundlesTest} fails on a key missing from a translation.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    // ---- layout
    @Message("Dispatch Register")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Dispatch Register home")
    String home_link();

    @Message("Show the menu")
    String menu_show();

    @Message("Menu")
    String menu();

    @Message("Main")
    String nav_main();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("Recipients")
    String nav_recipients();

    @Message("Lists")
    String nav_lists();

    @Message("Statements")
    String nav_statements();

    @Message("Dispatches")
    String nav_dispatches();

    @Message("Replies")
    String nav_replies();

    @Message("Overdue")
    String nav_overdue();

    @Message("Reports")
    String nav_reports();

    @Message("Admin")
    String nav_admin();

    @Message("My account")
    String my_account();

    @Message("Sign out")
    String sign_out();

    @Message("Administrator")
    String role_admin();

    @Message("Clerk")
    String role_clerk();

    @Message("Viewer")
    String role_viewer();

    @Message("required")
    String required();

    // ---- forms
    @Message("Please correct the fields marked below. Nothing has been saved yet.")
    String form_errors_summary();

    @Message("Save")
    String save();

    @Message("Cancel")
    String cancel();

    @Message("For example {example} or 2026-02-23")
    String date_hint(String example);

    // ---- sign-in
    @Message("Sign in")
    String sign_in();

    @Message("User name")
    String user_name();

    @Message("Password")
    String password();

    @Message("After a few wrong passwords each further try has to wait a little longer (up to a minute).")
    String sign_in_throttle_note();

    @Message("Language")
    String language();

    @Message("The sign-in did not come from this site's own page, so it was refused. Sign in here.")
    String login_error_origin();

    @Message("Too many failed sign-ins for this user name or from this computer. Wait a minute, then try again.")
    String login_error_throttled();

    @Message("This account has been deactivated. Ask an administrator.")
    String login_error_inactive();

    @Message("Wrong user name or password.")
    String login_error_wrong();

    @Message("You have been signed out on every device.")
    String login_done_everywhere();

    @Message("You have been signed out.")
    String login_done_out();

    // ---- my account
    @Message("Signed in as")
    String signed_in_as();

    @Message("Change password")
    String change_password();

    @Message("Current password")
    String current_password();

    @Message("New password")
    String new_password();

    @Message("At least {minLength} characters, not a common password. Your other sessions will be signed out.")
    String new_password_hint(int minLength);

    @Message("New password again")
    String new_password_again();

    @Message("Sessions")
    String sessions();

    @Message("Signed in on another computer or a phone you no longer have? End every session of your account, this one included.")
    String sessions_explain();

    @Message("Sign out everywhere")
    String sign_out_everywhere();

    @Message("Language of the interface")
    String interface_language();

    @Message("Pages, messages and dates are shown in this language.")
    String interface_language_hint();

    @Message("As the browser asks")
    String language_browser();

    @Message("Save language")
    String save_language();

    @Message("Your language has been saved.")
    String language_saved();

    @Message("Choose one of the languages offered")
    String language_unknown();

    // ---- labels of codes (EnumLabels: Enumeration_CONSTANT)

    @Message("Acknowledgement")
    String ReplyKind_ACKNOWLEDGEMENT();

    @Message("Substantive reply")
    String ReplyKind_SUBSTANTIVE();

    @Message("Holding reply")
    String ReplyKind_HOLDING();

    @Message("Refusal")
    String ReplyKind_REFUSAL();

    @Message("Forwarded to another body")
    String ReplyKind_FORWARDED();

    @Message("Email")
    String Channel_EMAIL();

    @Message("Post")
    String Channel_POST();

    @Message("Courier or diplomatic pouch")
    String Channel_COURIER();

    @Message("Fax")
    String Channel_FAX();

    @Message("Hand delivery")
    String Channel_HAND_DELIVERY();

    @Message("Online submission")
    String Channel_ONLINE();

    @Message("Via embassy")
    String Channel_VIA_EMBASSY();

    @Message("planned")
    String DispatchStatus_PLANNED();

    @Message("sent")
    String DispatchStatus_SENT();

    @Message("delivered")
    String DispatchStatus_DELIVERED();

    @Message("acknowledged")
    String DispatchStatus_ACKNOWLEDGED();

    @Message("replied")
    String DispatchStatus_REPLIED();

    @Message("returned")
    String DispatchStatus_RETURNED();

    @Message("withdrawn")
    String DispatchStatus_WITHDRAWN();

    @Message("draft")
    String StatementStatus_DRAFT();

    @Message("issued")
    String StatementStatus_ISSUED();

    @Message("Mark delivered")
    String BulkAction_MARK_DELIVERED();

    @Message("Mark returned")
    String BulkAction_MARK_RETURNED();

    @Message("Withdraw")
    String BulkAction_MARK_WITHDRAWN();

    @Message("Set date sent")
    String BulkAction_SET_SENT_DATE();

    @Message("Set delivery date")
    String BulkAction_SET_DELIVERED_DATE();

    @Message("Viewer: reads everything, changes nothing")
    String Role_VIEWER();

    @Message("Clerk: records statements, dispatches and replies")
    String Role_CLERK();

    @Message("Administrator: also manages users and settings")
    String Role_ADMIN();

    // ---- shared tags

    @Message("Pages")
    String pages();

    @Message("No rows")
    String no_rows();

    @Message("{first}–{last} of {total}")
    String rows_of(long first, long last, long total);

    @Message("← Previous")
    String previous();

    @Message("Next →")
    String next();

    @Message("page {number} of {pages}")
    String page_of(int number, int pages);

    @Message("Page {n}")
    String page_n(int n);

    @Message("all")
    String all();

    @Message("History")
    String history();

    @Message("No recorded changes.")
    String no_changes();

    @Message("When")
    String when();

    @Message("Who")
    String who();

    @Message("What")
    String what();

    @Message("Changes")
    String changes();

    @Message("choose…")
    String choose();

    @Message("draft")
    String draft();

    // ---- dashboard

    @Message("Welcome, {name}.")
    String welcome(String name);

    @Message("New statement")
    String new_statement();

    @Message("Record a letter")
    String record_letter();

    @Message("statements issued in {year}")
    String stat_statements(int year);

    @Message("dispatches sent in {year}")
    String stat_dispatches(int year);

    @Message("replies received in {year} (acknowledgements included)")
    String stat_replies(int year);

    @Message("response rate, all years")
    String stat_rate();

    @Message("expecting a reply")
    String stat_expecting();

    @Message("replies overdue")
    String stat_overdue();

    @Message("Most overdue")
    String most_overdue();

    @Message("Nothing is overdue.")
    String nothing_overdue();

    @Message("Recipient")
    String col_recipient();

    @Message("Statement")
    String col_statement();

    @Message("Due")
    String col_due();

    @Message("Days")
    String col_days();

    @Message("Rem.")
    String col_reminders_short();

    @Message("Reminders")
    String col_reminders();

    @Message("All overdue replies →")
    String all_overdue();

    @Message("Recent replies")
    String recent_replies();

    @Message("No replies yet.")
    String no_replies_yet();

    @Message("Received")
    String col_received();

    @Message("From")
    String col_from();

    @Message("Kind")
    String col_kind();

    @Message("Answers")
    String col_answers();

    @Message("not linked")
    String not_linked();

    @Message("All replies →")
    String all_replies();

    // ---- statements

    @Message("Match a distribution text")
    String match_text();

    @Message("Import a statement")
    String import_statement();

    @Message("Search")
    String search();

    @Message("title, reference, summary")
    String search_statements_hint();

    @Message("Year")
    String col_year();

    @Message("Status")
    String col_status();

    @Message("Topic")
    String col_topic();

    @Message("Filter")
    String filter();

    @Message("Clear")
    String clear();

    @Message("No statements match.")
    String no_statements_match();

    @Message("Reference")
    String col_reference();

    @Message("Date")
    String col_date();

    @Message("Title")
    String col_title();

    @Message("Topics")
    String col_topics();

    @Message("Dispatches")
    String col_dispatches();

    @Message("(draft)")
    String draft_in_brackets();

    @Message("Draft")
    String draft_title();

    @Message("Dispatch")
    String dispatch();

    @Message("Edit")
    String edit();

    @Message("Issue")
    String issue();

    @Message("Distribution report")
    String distribution_report();

    @Message("Signatory")
    String signatory();

    @Message("In response to")
    String in_response_to();

    @Message("their ref. {ref}")
    String their_ref_of(String ref);

    @Message("of {date}")
    String of_date(java.time.LocalDate date);

    @Message("Full text")
    String full_text();

    @Message("Attachments")
    String attachments();

    @Message("No files attached.")
    String no_files();

    @Message("Add a file")
    String add_file();

    @Message("Signed PDF or Word copy, annexes. PDF, DOCX, PNG, JPEG or text, at most {mb} MB.")
    String add_file_hint(long mb);

    @Message("Upload")
    String upload();

    @Message("Edit statement")
    String edit_statement();

    @Message("Our reference")
    String our_reference();

    @Message("Leave empty: a number is given when the statement is issued.")
    String our_reference_hint();

    @Message("Place")
    String place();

    @Message("Summary")
    String summary();

    @Message("Separated by commas, e.g. IDPs, missing persons")
    String topics_hint();

    @Message("In response to (optional)")
    String in_response_optional();

    @Message("What it answers")
    String what_it_answers();

    @Message("Their reference")
    String their_reference();

    @Message("Their date")
    String their_date();

    @Message("Issue now (gives the reference number)")
    String issue_now();

    @Message("Save statement")
    String save_statement();

    @Message("Channel")
    String col_channel();

    @Message("List")
    String col_list();

    @Message("Sent")
    String col_sent();

    @Message("Replies")
    String col_replies();

    @Message("Last reply")
    String col_last_reply();

    @Message("overdue")
    String overdue_badge();

    @Message("reminder")
    String reminder_badge();

    @Message("last {date}")
    String last_reply(java.time.LocalDate date);

    // ---- correspondence and distribution

    @Message("Correspondence")
    String correspondence();

    @Message("Nothing has been sent to this recipient yet.")
    String nothing_sent_yet();

    @Message("Distribution ({total})")
    String distribution_total(long total);

    @Message("Not dispatched yet.")
    String not_dispatched_yet();

    @Message("Days to reply")
    String col_days_to_reply();

    @Message("follow-up")
    String follow_up_badge();

    // ---- dispatches

    @Message("reference, title, recipient")
    String search_dispatches_hint();

    @Message("overdue only")
    String overdue_only();

    @Message("statement #{id}")
    String statement_no(Long id);

    @Message("recipient #{id}")
    String recipient_no(Long id);

    @Message("No dispatches match.")
    String no_dispatches_match();

    @Message("With selected")
    String with_selected();

    @Message("Apply")
    String apply();

    @Message("Rows whose status does not allow the change are left as they are.")
    String bulk_note();

    @Message("Select")
    String select();

    @Message("Select dispatch {id}")
    String select_dispatch(Long id);

    @Message("Delivered")
    String col_delivered();

    @Message("Dispatch to {name}")
    String dispatch_to(String name);

    @Message("overdue since {date}")
    String overdue_since(java.time.LocalDate date);

    @Message("Send reminder")
    String send_reminder();

    @Message("through the list “{name}”")
    String through_list(String name);

    @Message("follow-up of")
    String follow_up_of();

    @Message("dispatch #{id}")
    String dispatch_no(Long id);

    @Message("created by {user} on {date}")
    String created_by_on(String user, java.time.LocalDate date);

    @Message("Status and dates")
    String status_and_dates();

    @Message("Acknowledged")
    String col_acknowledged();

    @Message("Reply due")
    String reply_due();

    @Message("Reply expected")
    String reply_expected();

    @Message("Note")
    String note();

    @Message("no reply expected")
    String no_reply_expected();

    @Message("Reminder letter")
    String reminder_letter();

    @Message("Replies ({count})")
    String replies_count(int count);

    @Message("No reply recorded.")
    String no_reply_recorded();

    @Message("Their ref.")
    String col_their_ref();

    @Message("Record a reply")
    String record_reply();

    @Message("Record reply")
    String record_reply_button();

    @Message("Reminders ({count})")
    String reminders_count(int count);

    @Message("No reminder sent.")
    String no_reminder();

    @Message("by {user}")
    String by_user(String user);

    @Message("Last reminder {date}.")
    String last_reminder(java.time.LocalDate date);

    @Message("Received")
    String received();

    @Message("Letter (optional)")
    String letter_optional();

    // ---- replies and overdue

    @Message("Record an incoming letter")
    String record_incoming();

    @Message("recipient, reference, summary")
    String search_replies_hint();

    @Message("not linked yet")
    String not_linked_yet();

    @Message("No replies match.")
    String no_replies_match();

    @Message("Reply of {date}")
    String reply_of(java.time.LocalDate date);

    @Message("{kind} received {date}")
    String kind_received_on(String kind, java.time.LocalDate date);

    @Message("not known")
    String not_known();

    @Message("Dispatch")
    String col_dispatch();

    @Message("Files")
    String files();

    @Message("Link to a dispatch")
    String link_to_dispatch();

    @Message("From (recipient)")
    String from_recipient();

    @Message("Answers our statement")
    String answers_statement();

    @Message("Link")
    String link();

    @Message("New")
    String new_crumb();

    @Message("Choose who sent it and the statement it answers to record it against that dispatch; leave the statement (or both) empty to keep it unlinked until you know what it answers.")
    String record_incoming_explain();

    @Message("Find the sender in the register")
    String find_sender();

    @Message("Name, acronym or alias")
    String name_acronym_alias();

    @Message("Find")
    String find();

    @Message("{count} found for “{text}” in “From” below")
    String found_for(int count, String text);

    @Message("show every body")
    String show_every_body();

    @Message("unknown / not listed")
    String unknown_not_listed();

    @Message("not known yet")
    String not_known_yet();

    @Message("Record")
    String record();

    @Message("Overdue replies")
    String overdue_replies();

    @Message("as of {date}")
    String as_of(java.time.LocalDate date);

    @Message("name or acronym")
    String name_or_acronym();

    @Message("Category")
    String col_category();

    @Message("At least days overdue")
    String min_days_overdue();

    @Message("Days overdue")
    String col_days_overdue();

    @Message("Last reminder")
    String col_last_reminder();

    // ---- dispatch form and reminder

    @Message("Dispatch: {title}")
    String dispatch_colon(String title);

    @Message("This statement is a draft: confirming the dispatch issues it and gives it its reference number.")
    String draft_dispatch_notice();

    @Message("Distribution lists")
    String distribution_lists();

    @Message("No lists yet.")
    String no_lists_yet();

    @Message("Individual recipients")
    String individual_recipients();

    @Message("Find a recipient by name or acronym")
    String find_recipient_hint();

    @Message("Find a recipient")
    String find_recipient();

    @Message("No active recipient matches “{q}”.")
    String no_active_match(String q);

    @Message("Date sent")
    String date_sent();

    @Message("A date after today plans the dispatch.")
    String future_date_plans();

    @Message("Reply due by")
    String reply_due_by();

    @Message("{kind}: default from the kind of document")
    String default_from_kind(String kind);

    @Message("Preview")
    String preview();

    @Message("Preview: {included} of {total} will receive it")
    String preview_count(int included, int total);

    @Message("{count} already received this statement and are left out; tick “as follow-up” to send it to them again.")
    String already_received_notice(long count);

    @Message("Through")
    String col_through();

    @Message("Already received")
    String col_already_received();

    @Message("chosen individually")
    String chosen_individually();

    @Message("sent {date}")
    String sent_on(String date);

    @Message("as follow-up")
    String as_follow_up();

    @Message("Confirm dispatch")
    String confirm_dispatch();

    @Message("reply due {date}")
    String reply_due_on(String date);

    @Message("Reminder to {name}")
    String reminder_to(String name);

    @Message("Reminder")
    String reminder_crumb();

    @Message("Send a reminder")
    String send_a_reminder();

    @Message("no reminder yet")
    String no_reminder_yet();

    @Message("{count} reminder(s) already sent")
    String reminders_already(long count);

    @Message("Letter")
    String letter();

    @Message("Record reminder")
    String record_reminder();

}
