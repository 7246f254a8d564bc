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
}
