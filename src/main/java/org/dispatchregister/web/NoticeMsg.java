package org.dispatchregister.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts Java code writes for a reader: flash messages after a change, form errors of the services and
 * the reminder form's language choice — {@link Messages#notices()} in Java, {nmsg:key} in templates — in
 * English here and in messages/nmsg_az.properties and nmsg_ru.properties. Bean Validation's messages of the
 * form records live in ValidationMessages(_az, _ru).properties (see {@link FormValidator}). A bundle of its
 * own: keep each bundle under about 280 messages (see {@link ReportMsg}).
 */
@MessageBundle(value = "nmsg", locale = "en")
public interface NoticeMsg {

    // ---- flash messages

    @Message("Choose the statement to dispatch.")
    String choose_statement_to_dispatch();

    @Message("Tick at least one body to dispatch to.")
    String tick_one_body();

    @Message("Backups from this page are for the embedded H2 database; on PostgreSQL use pg_dump (see README).")
    String backup_h2_only();

    @Message("Your password has been changed. Any other session of yours has been signed out.")
    String password_changed();

    @Message("User {name} created.")
    String user_created(String name);

    @Message("User {name} saved.")
    String user_saved(String name);

    @Message("Password of {name} reset; the account is unlocked.")
    String password_reset(String name);

    @Message("Someone else changed this user while you were editing. Your input is kept below; the saved values are now: {saved}. Save again to apply yours.")
    String user_conflict(String saved);

    @Message("Dispatched to 1 recipient.")
    String dispatched_to_one();

    @Message("Dispatched to {count} recipients.")
    String dispatched_to_many(long count);

    @Message("Select at least one dispatch first. Nothing was changed.")
    String select_dispatch_first();

    @Message("Choose an action. Nothing was changed.")
    String choose_action();

    @Message("Enter a valid date (for example {example}) for “{action}”. Nothing was changed.")
    String bulk_date_needed(String example, String action);

    @Message("The date cannot be in the future. Nothing was changed.")
    String bulk_date_future();

    @Message("Select at most {max} dispatches at a time. Nothing was changed.")
    String bulk_too_many(int max);

    @Message("{action}: {changed} changed.")
    String bulk_done(String action, long changed);

    @Message("{action}: {changed} changed, {skipped} left unchanged (their status or dates do not allow it).")
    String bulk_done_skipped(String action, long changed, long skipped);

    @Message("Someone else changed this dispatch while you were editing (it is now {status}). Your input is kept below; save again to apply it.")
    String dispatch_conflict(String status);

    @Message("Dispatch saved.")
    String dispatch_saved();

    @Message("Reminder recorded (sent {date}).")
    String reminder_recorded(java.time.LocalDate date);

    @Message("Reply recorded; the dispatch is now {status}.")
    String reply_recorded_status(String status);

    @Message("Reply recorded against the dispatch.")
    String reply_recorded_linked();

    @Message("Reply recorded; link it to a dispatch when you know what it answers.")
    String reply_recorded_unlinked();

    @Message("Reply linked to its dispatch.")
    String reply_linked();

    @Message("This form had already been saved; it was not saved a second time. Here is the result.")
    String already_saved();

    @Message("List {name} created. Add its members below.")
    String list_created(String name);

    @Message("Someone else changed this list while you were editing. Your input is kept below; the saved name is now “{name}” and the description “{description}”. Save again to apply yours.")
    String list_conflict(String name, String description);

    @Message("List {name} saved.")
    String list_saved(String name);

    @Message("List {name} archived: it no longer expands, also where it is nested.")
    String list_archived(String name);

    @Message("List {name} restored.")
    String list_restored(String name);

    @Message("Added to the list.")
    String added_to_list();

    @Message("List nested.")
    String list_nested();

    @Message("Removed {name} from the list.")
    String removed_from_list(String name);

    @Message("Import done: {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped.")
    String import_done(long created, long updated, long unchanged, long skipped);

    @Message("Category {name} added.")
    String category_added(String name);

    @Message("Category renamed.")
    String category_renamed();

    @Message("Category {name} deleted.")
    String category_deleted(String name);

    @Message("{name} added to the register.")
    String body_added(String name);

    @Message("Someone else changed this body while you were editing. Your input is kept below. The saved values now match yours. Save again to apply your version.")
    String body_conflict_same();

    @Message("Someone else changed this body while you were editing. Your input is kept below. Saved now: {changes}. Save again to apply your version.")
    String body_conflict(String changes);

    @Message("{name} saved.")
    String body_saved(String name);

    @Message("{name} archived: it no longer appears in pick lists or list expansion; its history is kept.")
    String body_archived(String name);

    @Message("{name} restored.")
    String body_restored(String name);

    @Message("Kind {name} created.")
    String kind_created(String name);

    @Message("Kind {name} saved.")
    String kind_saved(String name);

    @Message("Statement saved as {reference}.")
    String statement_saved_as(String reference);

    @Message("Statement saved as a draft.")
    String statement_saved_draft();

    @Message("Someone else changed this statement while you were editing. Your input is kept below; save again to replace their version.")
    String statement_conflict();

    @Message("Statement saved.")
    String statement_saved();

    @Message("Statement issued with reference {reference}.")
    String statement_issued(String reference);

    @Message("Attached {name}.")
    String attached(String name);

    // ---- form errors

    @Message("At least {n} characters")
    String at_least_chars(String n);

    @Message("At most {max} bytes (72 Latin letters; Azerbaijani and Cyrillic letters count two)")
    String password_too_long(int max);

    @Message("Not only spaces")
    String not_only_spaces();

    @Message("Too common or too easy to guess: choose a less predictable password")
    String password_common();

    @Message("This user name is taken")
    String user_name_taken();

    @Message("You cannot remove your own administrator role or deactivate yourself")
    String own_role();

    @Message("Too many wrong passwords: wait {seconds} seconds, then try again")
    String password_wait(long seconds);

    @Message("This is not your current password")
    String not_current_password();

    @Message("The two new passwords differ")
    String passwords_differ();

    @Message("Enter the date the reply was received")
    String enter_received_date();

    @Message("Choose the kind of reply")
    String choose_reply_kind();

    @Message("Choose how it is sent")
    String choose_channel();

    @Message("Choose a status")
    String choose_status();

    @Message("Choose at least one list or recipient.")
    String choose_list_or_recipient();

    @Message("{name} is archived and cannot receive dispatches.")
    String recipient_archived(String name);

    @Message("There is no recipient with id {id}.")
    String no_recipient_id(String id);

    @Message("The chosen lists have no active members.")
    String lists_empty();

    @Message("The list {name} is archived.")
    String list_is_archived(String name);

    @Message("There is no distribution list with id {id}.")
    String no_list_id(String id);

    @Message("Everyone chosen already received this statement. Tick \"as follow-up\" to send it again.")
    String everyone_received();

    @Message("Enter the date sent")
    String enter_sent_date();

    @Message("Enter the date a reply is due, or untick \"reply expected\"")
    String enter_due_date();

    @Message("The reply due date cannot be before the date sent")
    String due_before_sent();

    @Message("At most {n} characters")
    String at_most_chars(String n);

    @Message("At most {n} characters (now {now})")
    String at_most_chars_now(String n, String now);

    @Message("A reminder cannot be sent before the original ({date})")
    String reminder_before_original(java.time.LocalDate date);

    @Message("Enter the text of the reminder")
    String enter_reminder_text();

    @Message("There is no such recipient")
    String no_such_recipient();

    @Message("There is no such statement")
    String no_such_statement();

    @Message("This statement was never dispatched to {name}. Leave the statement empty to keep the letter unlinked.")
    String never_dispatched_to(String name);

    @Message("This reply is already linked to a dispatch.")
    String reply_already_linked();

    @Message("There is no dispatch {id}")
    String no_dispatch_id(String id);

    @Message("This statement was never dispatched to that recipient")
    String never_dispatched_to_that();

    @Message("Choose the recipient and the statement this letter answers")
    String choose_recipient_and_statement();

    @Message("The date received cannot be in the future")
    String received_in_future();

    @Message("The reply cannot be received before the dispatch was sent ({date})")
    String received_before_sent(java.time.LocalDate date);

    @Message("Choose a body from the search results.")
    String choose_body_from_results();

    @Message("{name} is archived and cannot be added to a list.")
    String body_archived_no_list(String name);

    @Message("{name} is already on this list.")
    String already_on_list(String name);

    @Message("Choose a list to nest.")
    String choose_list_to_nest();

    @Message("{name} is already nested in this list.")
    String already_nested(String name);

    @Message("A list cannot contain itself.")
    String list_contains_itself();

    @Message("“{nested}” already contains “{list}” (directly or through other lists): nesting it here would make a loop.")
    String list_loop(String nested, String list);

    @Message("Enter a name for the list")
    String enter_list_name();

    @Message("A list with this name already exists")
    String list_name_taken();

    @Message("Choose a file to upload")
    String choose_file();

    @Message("The file is {size}; the limit is {limit}. It was not stored.")
    String file_too_big(String size, String limit);

    @Message("The file is not UTF-8 text. In your spreadsheet choose Save as “CSV UTF-8” and upload that file.")
    String not_utf8();

    @Message("Enter a code")
    String enter_code();

    @Message("Letters, digits and underscores, starting with a letter, at most 40")
    String category_code_rule();

    @Message("This code exists already")
    String code_taken();

    @Message("“{name}” is used by {count} bodies and cannot be deleted; rename it instead.")
    String category_in_use(String name, long count);

    @Message("“{name}” is the default category and cannot be deleted.")
    String category_default(String name);

    @Message("Enter a name")
    String enter_name();

    @Message("Choose the duplicate and which body survives.")
    String choose_duplicate();

    @Message("Choose the parent body from the list")
    String choose_parent();

    @Message("Choose two different bodies: a body cannot be merged into itself.")
    String merge_itself();

    @Message("{name} has already been merged into {into}.")
    String already_merged(String name, String into);

    @Message("{name} has been merged into {into}; merge into that body instead.")
    String survivor_merged(String name, String into);

    @Message("Enter the name of the body")
    String enter_body_name();

    @Message("Unknown category code \"{code}\"")
    String unknown_category(String code);

    @Message("\"{email}\" is not a valid email address")
    String bad_email(String email);

    @Message("Unknown channel \"{channel}\". {useOneOf}")
    String unknown_channel(String channel, String useOneOf);

    @Message("An acronym needs at least one letter or digit")
    String acronym_needs_letter();

    @Message("The acronym \"{acronym}\" is already used by {other}")
    String acronym_taken(String acronym, String other);

    @Message("The chosen parent body does not exist")
    String parent_missing();

    @Message("{name} was merged into another body; choose that one")
    String parent_merged(String name);

    @Message("A body cannot be its own parent")
    String own_parent();

    @Message("{name} is already below this body; choosing it as parent would make a loop")
    String parent_loop(String name);

    @Message("Enter a web address such as https://www.example.org")
    String enter_web_address();

    @Message("Each alias may have at most {n} characters")
    String alias_too_long(String n);

    // ---- reminder letter

    @Message("Language of the letter")
    String letter_language();

    @Message("Write it in this language")
    String write_in_language();

    @Message("Preset from the recipient's working language; changing it writes the letter again (your edits are lost).")
    String letter_language_hint();

    // ---- dates and report periods

    @Message("Enter a date as 23.02.2026 or 2026-02-23")
    String not_a_date();

    @Message("Enter a date between {first} and {last} (for example 23.02.2026 or 2026-02-23)")
    String date_between(String first, String last);

    @Message("The start date “{text}” is not a valid date. {problem}.")
    String start_date_invalid(String text, String problem);

    @Message("The end date “{text}” is not a valid date. {problem}.")
    String end_date_invalid(String text, String problem);

    @Message("The start date “{text}” is not accepted: {problem}.")
    String start_date_refused(String text, String problem);

    @Message("The end date “{text}” is not accepted: {problem}.")
    String end_date_refused(String text, String problem);

    @Message("The start date {from} is after the end date {to}. Choose a start date on or before the end date.")
    String period_reversed(java.time.LocalDate from, java.time.LocalDate to);
}
