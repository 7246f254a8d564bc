package org.dispatchregister.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the daily-use pages of issue 15 ({dmsg:key} in templates, {@link Messages#daily()} in Java): the
 * header search, the dispatch list's filters and selection, the recipient page's actions and the annual summary.
 * English here, Azerbaijani and Russian in messages/dmsg_az.properties and dmsg_ru.properties. A bundle of its own,
 * as {@link Msg} is near the size at which Qute's generated resolver breaks.
 *
 * <p>Texts that count something carry their word forms separated by "|" (one|few|many, as many as the language
 * needs; the last one also stands for "other"), chosen by {@link Plural}.
 */
@MessageBundle(value = "dmsg", locale = "en")
public interface DailyMsg {

    // ---- header search
    @Message("Search")
    String search_label();

    @Message("Search bodies, statements, replies")
    String search_placeholder();

    @Message("Search (press / to focus)")
    String search_title();

    @Message("Search")
    String search_go();

    @Message("Search results")
    String search_results();

    @Message("Results for “{q}”")
    String search_results_for(String q);

    @Message("Type a name, an acronym, a title or a reference.")
    String search_empty();

    @Message("Nothing matches “{q}”.")
    String search_nothing(String q);

    @Message("Bodies")
    String search_bodies();

    @Message("Statements")
    String search_statements();

    @Message("Replies")
    String search_replies();

    @Message("All matching bodies")
    String search_more_bodies();

    @Message("All matching statements")
    String search_more_statements();

    @Message("All matching replies")
    String search_more_replies();

    @Message("archived")
    String search_archived();

    @Message("no reference")
    String search_no_reference();

    // ---- dispatches list
    @Message("All statements")
    String all_statements();

    @Message("All lists")
    String all_lists();

    @Message("Apply to")
    String apply_to();

    @Message("the ticked rows")
    String scope_selected();

    @Message("all matching the filter ({n})")
    String scope_filter(long n);

    @Message("Select all on this page")
    String select_page();

    @Message("Clear the selection")
    String clear_selection();

    // ---- recipient page, match page
    @Message("Add to list")
    String add_to_list();

    @Message("Choose a list…")
    String choose_list();

    @Message("Add")
    String add();

    @Message("Dispatch a statement to this body")
    String dispatch_to_body();

    @Message("Choose a list first. Nothing was changed.")
    String choose_a_list();

    @Message("Added to the list {name}.")
    String added_to_list(String name);

    // ---- annual summary
    @Message("Annual summary")
    String annual_title();

    @Message("Annual summary {year}")
    String annual_title_year(int year);

    @Message("The year in one paragraph, as the annual report quotes it, with the table behind it: letters, bodies, answered and awaiting, by kind of statement and by category of body.")
    String annual_explain();

    @Message("Year")
    String annual_year();

    @Message("The year in one paragraph")
    String annual_paragraph();

    @Message("Ready to copy into the annual report. Answered and awaiting count as on the dashboard and in every report.")
    String annual_copy_hint();

    @Message("By kind of statement")
    String annual_by_kind();

    @Message("By category of body")
    String annual_by_category();

    @Message("Section")
    String col_section();

    @Message("Kind or category")
    String col_label();

    @Message("Statements")
    String col_statements();

    @Message("Letters")
    String col_letters();

    @Message("Bodies")
    String col_bodies();

    @Message("Awaiting a reply")
    String col_awaiting();

    @Message("Total")
    String total();

    @Message("CSV")
    String format_csv();

    @Message("Excel")
    String format_excel();

    @Message("Choose a year between 1900 and 2100.")
    String annual_bad_year();

    @Message("No letter went out in {year}.")
    String annual_none(int year);

    @Message("{statements}: {letters} {bodies}; {answered}, {awaiting}.")
    String annual_sentence(String statements, String letters, String bodies, String answered, String awaiting);

    @Message("and")
    String and_word();

    @Message("{n} letter|{n} letters")
    String count_letters(long n);

    @Message("to {n} body|to {n} bodies")
    String count_bodies(long n);

    @Message("{n} answered")
    String count_answered(long n);

    @Message("{n} awaiting a reply")
    String count_awaiting(long n);

    @Message("{n} public statement|{n} public statements")
    String kind_STATEMENT(long n);

    @Message("{n} appeal|{n} appeals")
    String kind_APPEAL(long n);

    @Message("{n} note verbale|{n} notes verbales")
    String kind_NOTE_VERBALE(long n);

    @Message("{n} letter|{n} letters")
    String kind_LETTER(long n);

    @Message("{n} special report|{n} special reports")
    String kind_SPECIAL_REPORT(long n);

    @Message("{n} press release|{n} press releases")
    String kind_PRESS_RELEASE(long n);

    @Message("{n} reply to a report|{n} replies to reports")
    String kind_REPLY_TO_REPORT(long n);

    @Message("{kind}: {n}")
    String kind_other(long n, String kind);
}
