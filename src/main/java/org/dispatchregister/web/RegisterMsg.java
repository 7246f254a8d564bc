package org.dispatchregister.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the register's pages: recipients (list, detail, form, merge, CSV import), distribution lists
 * and the distribution reader (match page, statement import) — {regmsg:key} in templates,
 * {@link Messages#register()} in Java — in English here and in messages/regmsg_az.properties and
 * regmsg_ru.properties. A bundle of its own: keep each bundle under about 280 messages (see {@link ReportMsg}).
 */
@MessageBundle(value = "regmsg", locale = "en")
public interface RegisterMsg {

    // ---- recipients: list

    @Message("New body")
    String new_body();

    @Message("Import CSV")
    String import_csv();

    @Message("Export CSV")
    String export_csv();

    @Message("name, acronym or alias")
    String search_body_hint();

    @Message("All categories")
    String all_categories();

    @Message("Country")
    String country();

    @Message("City")
    String city();

    @Message("Active")
    String status_active();

    @Message("Archived")
    String status_archived();

    @Message("All")
    String status_all();

    @Message("Showing the bodies under")
    String showing_under_before();

    @Message("No body matches this search. Try fewer words, another spelling, or the acronym.")
    String no_body_matches_search();

    @Message("The register is empty.")
    String register_empty();

    @Message("Add the first body")
    String add_first_body();

    @Message("Name")
    String name();

    @Message("Acronym")
    String acronym();

    @Message("Part of")
    String part_of();

    @Message("Updated")
    String updated();

    @Message("A collective addressee: dispatched to as one unit")
    String collective_title();

    @Message("collective")
    String collective_badge();

    @Message("merged")
    String merged_badge();

    @Message("archived")
    String archived_badge();

    @Message("active")
    String active_badge();

    // ---- recipients: detail

    @Message("collective addressee")
    String collective_addressee();

    @Message("Report")
    String report();

    @Message("Merge duplicate…")
    String merge_duplicate();

    @Message("Archive")
    String archive();

    @Message("Restore")
    String restore();

    @Message("This body was merged into")
    String merged_into_before();

    @Message("; its dispatches, replies and list memberships are there now.")
    String merged_into_after();

    @Message("Details")
    String details();

    @Message("none")
    String none_lower();

    @Message("top level")
    String top_level();

    @Message("Postal address")
    String postal_address();

    @Message("Emails")
    String emails();

    @Message("Phone")
    String phone();

    @Message("Website")
    String website();

    @Message("Addressee line")
    String addressee_line();

    @Message("Preferred channel")
    String preferred_channel();

    @Message("Working language")
    String working_language();

    @Message("Notes")
    String notes();

    @Message("Also known as")
    String also_known_as();

    @Message("No aliases.")
    String no_aliases();

    @Message("Bodies under it")
    String bodies_under_it();

    @Message("None.")
    String none_sentence();

    @Message("Add a body under it")
    String add_body_under_it();

    @Message("Not on any list.")
    String not_on_any_list();

    // ---- recipients: form

    @Message("Edit {name}")
    String edit_name(String name);

    @Message("Full official name, in the language you write to it")
    String name_hint();

    @Message("Unique; compared without case, dots or dashes")
    String acronym_hint();

    @Message("Part of (parent body)")
    String parent_label();

    @Message("— none (top level) —")
    String parent_none();

    @Message("Several addresses: separate with commas")
    String emails_hint();

    @Message("How letters are addressed, e.g. “H.E. the Secretary-General”")
    String addressee_line_hint();

    @Message("— not set —")
    String not_set();

    @Message("Aliases")
    String aliases();

    @Message("Other names, acronyms and spellings, in any language: one per line. Search and matching use them.")
    String aliases_hint();

    @Message("Collective addressee (stands for many bodies, dispatched to as one unit)")
    String collective_label();

    @Message("Add body")
    String add_body();

    @Message("The language letters to this body are written in, e.g. en, az, ru or its name")
    String working_language_hint();

    // ---- recipients: merge

    @Message("Merge {name}")
    String merge_title(String name);

    @Message("Merge a duplicate")
    String merge_heading();

    @Message("Confirm the merge")
    String merge_confirm();

    @Message("will be merged into")
    String merged_into_mid();

    @Message(".")
    String merged_into_end();

    @Message("{dispatches} dispatch(es) and {replies} reply(ies) move to {name}")
    String merge_moves_dispatches(long dispatches, long replies, String name);

    @Message("{count} list membership(s) move (a list that already names {name} keeps one row)")
    String merge_moves_lists(long count, String name);

    @Message("{count} body(ies) under {loser} move under {name}")
    String merge_moves_children(long count, String loser, String name);

    @Message("{count} alias(es) move; the name “{loser}” becomes an alias")
    String merge_moves_aliases(long count, String loser);

    @Message("{count} alias(es) move; the name “{loser}” and the acronym {acronym} become aliases")
    String merge_moves_aliases_acronym(long count, String loser, String acronym);

    @Message("{loser} is archived, marked as merged, and keeps its history")
    String merge_archives(String loser);

    @Message("Merge")
    String merge();

    @Message("Choose again")
    String choose_again();

    @Message("Find the other record of the same body, then choose which one to keep. The other one's dispatches, replies, list memberships, children and names move to the one you keep.")
    String merge_explain();

    @Message("Find the duplicate")
    String find_duplicate();

    @Message("No other active body matches “{q}”.")
    String no_other_active_matches(String q);

    @Message("Body")
    String body();

    @Message("Choose")
    String choose();

    @Message("Keep {acronym}, absorb it")
    String keep_absorb_it(String acronym);

    @Message("Keep this one, absorb it")
    String keep_this_absorb_it();

    @Message("Keep it, absorb {acronym}")
    String keep_it_absorb(String acronym);

    @Message("Keep it, absorb this one")
    String keep_it_absorb_this();

    // ---- recipients: import

    @Message("Import recipients")
    String import_title();

    @Message("Import recipients from CSV")
    String import_heading();

    @Message("Check before importing")
    String import_check();

    @Message("{count} to create")
    String to_create(long count);

    @Message("{count} to update")
    String to_update(long count);

    @Message("{count} unchanged")
    String unchanged(long count);

    @Message("{count} to skip")
    String to_skip(long count);

    @Message("Rows are matched to existing bodies by id (as exported), else by acronym. On an update, empty cells keep the saved value and aliases are added. Unchanged rows are not listed and not written. Rows with a problem are skipped. Nothing has been written yet.")
    String import_rules();

    @Message("Line")
    String line();

    @Message("Action")
    String action();

    @Message("create")
    String action_create();

    @Message("update")
    String action_update();

    @Message("skip")
    String action_skip();

    @Message("updates")
    String updates();

    @Message("Import {creates} new and {updates} updated")
    String import_n(long creates, long updates);

    @Message("Start again")
    String start_again();

    @Message("Or upload another file")
    String upload_another();

    @Message("Upload or paste")
    String upload_or_paste();

    @Message("UTF-8 CSV with a header line. Columns (only")
    String csv_columns_before();

    @Message(" is required, any order):")
    String csv_columns_required();

    @Message("The column")
    String csv_category_before();

    @Message("is a category code such as")
    String csv_category_code();

    @Message("an acronym or name")
    String csv_parent();

    @Message("separated by")
    String csv_aliases();

    @Message("The file from")
    String csv_round_trip_before();

    @Message(" can be edited and imported back.")
    String csv_round_trip_after();

    @Message("CSV file")
    String csv_file();

    @Message("…or paste the CSV text")
    String or_paste_csv();

    // ---- lists

    @Message("Direct members")
    String direct_members();

    @Message("No members yet.")
    String no_members_yet();

    @Message("Member")
    String member();

    @Message("nested list")
    String kind_nested_list();

    @Message("body")
    String kind_body();

    @Message("Remove")
    String remove();

    @Message("Expanded members")
    String expanded_members();

    @Message("Every active body this list reaches, nested lists included, each once; archived bodies and lists are left out.")
    String expanded_explain();

    @Message("Nobody yet.")
    String nobody_yet();

    @Message("Brought in by")
    String brought_in_by();

    @Message("this list")
    String this_list();

    @Message("Add a body")
    String add_a_body();

    @Message("Search the register")
    String search_register();

    @Message("Type part of a name, an acronym or another spelling.")
    String picker_hint();

    @Message("No active body matches “{q}”.")
    String no_active_body_matches(String q);

    @Message("on the list")
    String on_the_list();

    @Message("Add")
    String add();

    @Message("Nest another list")
    String nest_another_list();

    @Message("No other active list to nest.")
    String no_list_to_nest();

    @Message("Nest list")
    String nest_list();

    @Message("Edit list")
    String edit_list();

    @Message("New list")
    String new_list();

    @Message("Description")
    String description();

    @Message("What the list is for, when to use it")
    String description_hint();

    @Message("Create list")
    String create_list();

    @Message("No distribution list yet.")
    String no_list_yet();

    @Message("Create the first list")
    String create_first_list();

    @Message("Bodies")
    String bodies();

    @Message("Nested lists")
    String nested_lists();

    // ---- matching

    @Message("Match a distribution list")
    String match_list();

    @Message("Paste the text of a statement, note verbale or letter, or upload it as a .txt file. Its date, place, signatory, reference, kind, title and distribution are read and shown for you to check. Nothing is saved until you confirm on the next page.")
    String import_explain();

    @Message("Statement text")
    String statement_text();

    @Message("… or upload a .txt file")
    String or_upload_txt();

    @Message("Plain text in UTF-8, up to 1 MB. A file, when chosen, is read instead of the pasted text.")
    String txt_hint();

    @Message("Read the statement")
    String read_statement();

    @Message("Paste distribution text")
    String paste_distribution();

    @Message("The “The statement was sent to …” paragraph, a list (one body a line), or the whole statement, in English, Azerbaijani or Russian: every “sent to” sentence and every “To:”/“cc:” list is read. Nothing is saved.")
    String paste_distribution_hint();

    @Message("Find the bodies")
    String find_bodies();

    @Message("Proposed bodies")
    String proposed_bodies();

    @Message("The text as read: each marked name links to the body it was read as.")
    String text_as_read();

    @Message("No register body was recognised in this text.")
    String nothing_recognised();

    @Message("Send")
    String send();

    @Message("Phrase in the text")
    String phrase_in_text();

    @Message("Register body")
    String register_body();

    @Message("Score")
    String score();

    @Message("choose")
    String choose_badge();

    @Message("Body for “{phrase}”")
    String body_for(String phrase);

    @Message("— none of these —")
    String none_of_these();

    @Message("Send to {name}")
    String send_to(String name);

    @Message("Not placed")
    String not_placed();

    @Message("These phrases name no register body with certainty. Create the body, or save the phrase as another name of an existing one so it is recognised next time.")
    String not_placed_explain();

    @Message("Phrase")
    String phrase();

    @Message("Create")
    String create();

    @Message("Add as alias of …")
    String add_as_alias_of();

    @Message("Create recipient from this phrase")
    String create_from_phrase();

    @Message("Recipient that “{phrase}” names")
    String recipient_named_by(String phrase);

    @Message("Choose a recipient…")
    String choose_recipient();

    @Message("Add as alias")
    String add_as_alias();

    @Message("Dispatch a statement to the ticked bodies")
    String dispatch_ticked();

    @Message("Choose a statement…")
    String choose_statement();

    @Message("No statement is recorded yet:")
    String no_statement_yet();

    @Message("import one first.")
    String import_one();

    @Message("Go to the dispatch form")
    String go_to_dispatch();

    @Message("Check the imported statement")
    String check_import();

    @Message("Check")
    String check_crumb();

    @Message("Each value was read from the line quoted under it. Correct what is wrong, untick bodies it was not sent to, and create the statement. Nothing has been saved yet.")
    String check_explain();

    @Message("Choose…")
    String choose_ellipsis();

    @Message("Guessed from:")
    String guessed_from();

    @Message("Read from:")
    String read_from();

    @Message("Date of issue")
    String date_of_issue();

    @Message("Read from the signature block under the text.")
    String read_from_signature();

    @Message("Separated by commas.")
    String separated_by_commas();

    @Message("Proposed distribution")
    String proposed_distribution();

    @Message("No distribution list was recognised. You can add recipients when dispatching.")
    String no_distribution_recognised();

    @Message("Add these to the register from")
    String add_these_before();

    @Message(", then import again.")
    String add_these_after();

    @Message("Create the statement")
    String create_statement();

    @Message("Start over")
    String start_over();
}
