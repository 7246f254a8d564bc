package org.dispatchregister.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the administration's pages: the admin page, users (list, form), statement kinds, recipient
 * categories, the audit history and the resubmit page — {amsg:key} in templates, {@link Messages#admin()} in
 * Java — in English here and in messages/amsg_az.properties and amsg_ru.properties. A bundle of its own: keep
 * each bundle under about 280 messages (see {@link ReportMsg}).
 */
@MessageBundle(value = "amsg", locale = "en")
public interface AdminMsg {

    // ---- statement kinds and recipient categories

    @Message("Kind {code}")
    String kind_code(String code);

    @Message("New kind")
    String new_kind();

    @Message("Statement kinds")
    String statement_kinds();

    @Message("Code")
    String code();

    @Message("(fixed: the API uses it)")
    String code_fixed();

    @Message("e.g. OPEN_LETTER")
    String kind_code_hint();

    @Message("Name")
    String name();

    @Message("A reply is expected")
    String reply_is_expected();

    @Message("Reply expected within (days)")
    String reply_within_days();

    @Message("Order in lists")
    String order_in_lists();

    @Message("Active (offered on new statements)")
    String kind_active();

    @Message("Within days")
    String within_days();

    @Message("Order")
    String order();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("active")
    String active_badge();

    @Message("retired")
    String retired_badge();

    @Message("Categories")
    String categories();

    @Message("Recipient categories")
    String recipient_categories();

    @Message("The kinds of body in the register, in the order pick lists show them. A category in use cannot be deleted: rename it instead.")
    String categories_explain();

    @Message("Bodies")
    String bodies();

    @Message("Name of {code}")
    String name_of(String code);

    @Message("Rename")
    String rename();

    @Message("Move up")
    String move_up();

    @Message("Move down")
    String move_down();

    @Message("Delete")
    String delete();

    @Message("New category")
    String new_category();

    @Message("Upper case, e.g. PARLIAMENT; used by the API and CSV import")
    String category_code_hint();

    @Message("Add category")
    String add_category();

    // ---- admin page

    @Message("Users")
    String users();

    @Message("Accounts, roles, password resets")
    String users_tile();

    @Message("Kinds of recipient body and their order")
    String categories_tile();

    @Message("Kinds of document, reply expected and within how many days")
    String kinds_tile();

    @Message("Audit history")
    String audit_history();

    @Message("Every change and sign-in, who and when")
    String audit_tile();

    @Message("Backup")
    String backup();

    @Message("Downloads a consistent, compressed copy of the whole database (an H2 SQL script in a ZIP file). The app keeps running.")
    String backup_explain();

    @Message("A copy is also kept under the data folder's")
    String backup_copy_before();

    @Message(". The README explains how to restore it.")
    String backup_copy_after();

    @Message("Download backup")
    String download_backup();

    @Message("This installation runs on PostgreSQL: back it up with")
    String postgres_backup_before();

    @Message(" as the README describes.")
    String postgres_backup_after();

    // ---- audit history

    @Message("User")
    String user();

    @Message("Action")
    String action();

    @Message("CREATE, UPDATE, LOGIN…")
    String action_hint();

    @Message("Record type")
    String record_type();

    @Message("Recipient")
    String record_type_hint();

    @Message("Record id")
    String record_id();

    @Message("No history matches these filters.")
    String no_history_matches();

    @Message("Record")
    String record();

    @Message("Created {label}")
    String created_label(String label);

    @Message("Changed {label}")
    String changed_label(String label);

    @Message("Deleted {label}")
    String deleted_label(String label);

    @Message("Signed in")
    String signed_in();

    @Message("Signed in from {address}")
    String signed_in_from(String address);

    @Message("(hidden)")
    String value_hidden();

    @Message("(changed)")
    String value_changed();

    // ---- users

    @Message("Full name")
    String full_name();

    @Message("Role")
    String role();

    @Message("Last sign-in")
    String last_sign_in();

    @Message("deactivated")
    String deactivated_badge();

    @Message("never")
    String never();

    @Message("New user")
    String new_user();

    @Message("User {username}")
    String user_title(String username);

    @Message("Active (may sign in)")
    String user_active();

    @Message("At least {minLength} characters. Tell the person to change it under My account.")
    String user_password_hint(int minLength);

    @Message("Create user")
    String create_user();

    @Message("Reset password")
    String reset_password();

    @Message("Sets a new password, ends every session of the user and lets them sign in again at once.")
    String reset_password_explain();

    // ---- resubmit page

    @Message("Submit again")
    String submit_again();

    @Message("Your form was not saved yet")
    String not_saved_yet();

    @Message("The page had been open for a long time (or since an earlier sign-in), so its security token was no longer valid and nothing was saved. Everything you typed is kept below: check it and submit again.")
    String resubmit_explain();

    @Message("Passwords are never kept: go back to the form and type them again.")
    String passwords_not_kept();

    @Message("Files cannot be kept")
    String files_not_kept_before();

    @Message(": go back to the form and choose them again.")
    String files_not_kept_after();

    // ---- audit history: actions

    @Message("created")
    String action_CREATE();

    @Message("changed")
    String action_UPDATE();

    @Message("deleted")
    String action_DELETE();

    @Message("signed in")
    String action_LOGIN();

    @Message("sign-in refused")
    String action_LOGIN_FAILED();

    @Message("failed sign-ins")
    String action_LOGIN_FAILURES();

    @Message("wrong current password")
    String action_PASSWORD_CHECK_FAILED();

    @Message("sessions ended")
    String action_SESSIONS_ENDED();

    @Message("alias added")
    String action_ALIAS_ADD();

    @Message("backup")
    String action_BACKUP();

    @Message("import")
    String action_IMPORT();

    @Message("merge")
    String action_MERGE();

    // ---- audit history: kinds of record

    @Message("Recipient")
    String type_Recipient();

    @Message("Statement")
    String type_Statement();

    @Message("Dispatch")
    String type_Dispatch();

    @Message("Reply")
    String type_Reply();

    @Message("Distribution list")
    String type_DistributionList();

    @Message("List member")
    String type_ListMember();

    @Message("Category")
    String type_Category();

    @Message("Statement kind")
    String type_StatementKind();

    @Message("User")
    String type_StaffUser();

    @Message("Attachment")
    String type_Attachment();

    // ---- audit history: fields

    @Message("User name")
    String field_username();

    @Message("Full name")
    String field_displayName();

    @Message("Role")
    String field_role();

    @Message("Active")
    String field_active();

    @Message("Language")
    String field_language();

    @Message("Password")
    String field_passwordHash();

    @Message("Last sign-in")
    String field_lastLoginAt();

    @Message("Created")
    String field_createdAt();

    @Message("Updated")
    String field_updatedAt();

    @Message("Created by")
    String field_createdBy();

    @Message("Statement")
    String field_statement();

    @Message("Recipient")
    String field_recipient();

    @Message("Through the list")
    String field_viaList();

    @Message("Channel")
    String field_channel();

    @Message("Status")
    String field_status();

    @Message("Date sent")
    String field_sentOn();

    @Message("Date delivered")
    String field_deliveredOn();

    @Message("Date acknowledged")
    String field_acknowledgedOn();

    @Message("Reply expected")
    String field_replyExpected();

    @Message("Reply due")
    String field_replyDueOn();

    @Message("Note")
    String field_note();

    @Message("Follow-up of")
    String field_followUpOf();

    @Message("Letter")
    String field_letterText();

    @Message("Dispatch")
    String field_dispatch();

    @Message("Date received")
    String field_receivedOn();

    @Message("Their reference")
    String field_theirReference();

    @Message("Kind")
    String field_kind();

    @Message("Summary")
    String field_summary();

    @Message("List")
    String field_list();

    @Message("Nested list")
    String field_memberList();

    @Message("Added")
    String field_addedAt();

    @Message("Name")
    String field_name();

    @Message("Description")
    String field_description();

    @Message("File name")
    String field_fileName();

    @Message("File type")
    String field_contentType();

    @Message("Size (bytes)")
    String field_sizeBytes();

    @Message("Uploaded")
    String field_uploadedAt();

    @Message("Uploaded by")
    String field_uploadedBy();

    @Message("Code")
    String field_code();

    @Message("Order")
    String field_sortOrder();

    @Message("Acronym")
    String field_acronym();

    @Message("Category")
    String field_category();

    @Message("Part of")
    String field_parent();

    @Message("Country")
    String field_country();

    @Message("City")
    String field_city();

    @Message("Postal address")
    String field_postalAddress();

    @Message("Emails")
    String field_emails();

    @Message("Phone")
    String field_phone();

    @Message("Website")
    String field_website();

    @Message("Addressee line")
    String field_addresseeLine();

    @Message("Preferred channel")
    String field_preferredChannel();

    @Message("Working language")
    String field_workingLanguage();

    @Message("Notes")
    String field_notes();

    @Message("Collective addressee")
    String field_collective();

    @Message("Merged into")
    String field_mergedInto();

    @Message("Title")
    String field_title();

    @Message("Our reference")
    String field_reference();

    @Message("Date")
    String field_issuedOn();

    @Message("Place")
    String field_place();

    @Message("Signatory")
    String field_signatory();

    @Message("Full text")
    String field_fullText();

    @Message("Topics")
    String field_topics();

    @Message("In response to")
    String field_inResponseTo();

    @Message("Their reference")
    String field_responseReference();

    @Message("Their date")
    String field_responseDate();

    @Message("Reply expected within (days)")
    String field_replyDays();
}
